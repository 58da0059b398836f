using System.Text.Encodings.Web;
using System.Text.Json;
using GovRules.Documents;

namespace GovRules.Cli.Output;

/// <summary>
/// The JSON form of `doc show` (schema "govrules-document/1", documented in docs/document-model.md):
/// document info, then the body as a tree of parts, chapters, sections and blocks in body order.
/// Property names are camelCase and stable; members without a value are left out.
/// </summary>
internal static class DocumentJson
{
    public const string Schema = "govrules-document/1";

    public static void Write(GovDocument document, Stream output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("source", document.SourceName);
        json.WriteString("format", document.Format.ToString().ToLowerInvariant());
        json.WriteString("view", document.View.ToString().ToLowerInvariant());
        json.WriteString("sha256", document.Sha256);
        json.WriteBoolean("hasTrackedChanges", document.HasTrackedChanges);
        json.WriteStartArray("warnings");
        foreach (var warning in document.Warnings) json.WriteStringValue(warning);
        json.WriteEndArray();
        json.WriteStartObject("counts");
        json.WriteNumber("blocks", document.Blocks.Count);
        json.WriteNumber("parts", document.Parts.Count);
        json.WriteNumber("chapters", document.Chapters.Count);
        json.WriteNumber("sections", document.Sections.Count);
        json.WriteEndObject();
        json.WriteStartArray("body");
        foreach (var node in DocumentTree.Build(document)) WriteNode(json, node);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteNode(Utf8JsonWriter json, TreeNode node)
    {
        json.WriteStartObject();
        json.WriteString("type", node.Kind.ToString().ToLowerInvariant());
        if (node.Kind == TreeNodeKind.Block)
        {
            WriteBlockMembers(json, node.Block);
            json.WriteEndObject();
            return;
        }
        json.WriteString("number", node.Number);
        json.WriteString("title", node.Title);
        json.WriteString("anchor", node.Block.Location.Anchor);
        if (node.Section is { } section)
        {
            json.WriteNumber("paragraphs", section.ParagraphCount);
            json.WriteNumber("items", section.ItemCount);
            json.WriteNumber("tables", section.TableCount);
        }
        json.WritePropertyName("heading");
        json.WriteStartObject();
        WriteBlockMembers(json, node.Block);
        json.WriteEndObject();
        json.WriteStartArray(node.Kind == TreeNodeKind.Section ? "blocks" : "children");
        foreach (var child in node.Children)
        {
            if (node.Kind == TreeNodeKind.Section) WriteBlock(json, child.Block);
            else WriteNode(json, child);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, Block block)
    {
        json.WriteStartObject();
        WriteBlockMembers(json, block);
        json.WriteEndObject();
    }

    private static void WriteBlockMembers(Utf8JsonWriter json, Block block)
    {
        json.WriteString("kind", Camel(block.Kind.ToString()));
        if (block.Heading is { } heading) json.WriteString("heading", Camel(heading.ToString()));
        if (block.HeadingLevel is { } level) json.WriteNumber("headingLevel", level);
        json.WriteString("text", block.Text);
        if (block.ListLabel is { } label) json.WriteString("label", label);
        if (block.Kind == BlockKind.ListItem) json.WriteNumber("level", block.ListLevel);
        if (block.Rows is { } rows)
        {
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var cell in row) json.WriteStringValue(cell);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        WriteLocation(json, block.Location);
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("location");
        WriteIfSet(json, "part", location.Part);
        WriteIfSet(json, "chapter", location.Chapter);
        WriteIfSet(json, "chapterTitle", location.ChapterTitle);
        WriteIfSet(json, "section", location.Section);
        WriteIfSet(json, "sectionTitle", location.SectionTitle);
        if (location.Moment is { } moment) json.WriteNumber("moment", moment);
        WriteIfSet(json, "item", location.Item);
        json.WriteNumber("paragraph", location.Paragraph);
        json.WriteString("anchor", location.Anchor);
        json.WriteString("citation", location.Citation);
        json.WriteString("snippet", location.Snippet);
        json.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
