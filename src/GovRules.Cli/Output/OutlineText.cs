using GovRules.Documents;

namespace GovRules.Cli.Output;

/// <summary>
/// The text form of `doc show`: a header line about the document, a blank line, then the outline —
/// parts, chapters, every section with its counts and unnumbered headings outside sections — each
/// line ending with its anchor in brackets.
/// </summary>
internal static class OutlineText
{
    private const string Indent = "  ";

    public static void Write(GovDocument document, TextWriter output)
    {
        output.WriteLine(Header(document));
        output.WriteLine();
        var tree = DocumentTree.Build(document);
        if (document.Parts.Count == 0 && document.Chapters.Count == 0 && document.Sections.Count == 0)
            output.WriteLine("(ei osia, lukuja eikä pykäliä)");
        foreach (var node in tree) WriteNode(node, 0, output);
    }

    private static string Header(GovDocument document)
    {
        var format = document.Format switch
        {
            SourceFormat.Docx => "Word (.docx)",
            SourceFormat.Docm => "Word (.docm)",
            SourceFormat.Markdown => "Markdown",
            _ => "teksti",
        };
        var view = !document.HasTrackedChanges ? ""
            : document.View == ChangeView.Accept ? ", muutokset hyväksytty" : ", alkuperäinen (muutokset hylätty)";
        return $"{document.SourceName} — {format}{view}: {document.Blocks.Count} kappaletta, "
            + $"{document.Parts.Count} osaa, {document.Chapters.Count} lukua, {document.Sections.Count} §";
    }

    private static void WriteNode(TreeNode node, int depth, TextWriter output)
    {
        var prefix = string.Concat(Enumerable.Repeat(Indent, depth));
        switch (node.Kind)
        {
            case TreeNodeKind.Part or TreeNodeKind.Chapter:
                output.WriteLine($"{prefix}{HeadingLine(node)}  [{node.Block.Location.Anchor}]");
                foreach (var child in node.Children) WriteNode(child, depth + 1, output);
                break;
            case TreeNodeKind.Section:
                output.WriteLine($"{prefix}{HeadingLine(node)} — {Counts(node.Section!)}  [{node.Block.Location.Anchor}]");
                break;
            default:
                if (node.Block.Kind == BlockKind.Heading)
                    output.WriteLine($"{prefix}{node.Block.Text}  [{node.Block.Location.Anchor}]");
                break;
        }
    }

    /// <summary>The heading in its normal form, "2 osa Hallinto", "3 luku Toimielimet", "12 § Pelastusjohtajan tehtävät".</summary>
    public static string HeadingLine(TreeNode node)
    {
        var word = node.Kind switch
        {
            TreeNodeKind.Part => "osa",
            TreeNodeKind.Chapter => "luku",
            _ => "§",
        };
        return node.Title.Length == 0 ? $"{node.Number} {word}" : $"{node.Number} {word} {node.Title}";
    }

    /// <summary>"2 mom., 5 kohtaa, 1 taulukko"; "ei tekstiä" for an empty section.</summary>
    public static string Counts(GovSection section)
    {
        var parts = new List<string>(3);
        if (section.ParagraphCount > 0) parts.Add($"{section.ParagraphCount} mom.");
        if (section.ItemCount > 0) parts.Add(section.ItemCount == 1 ? "1 kohta" : $"{section.ItemCount} kohtaa");
        if (section.TableCount > 0) parts.Add(section.TableCount == 1 ? "1 taulukko" : $"{section.TableCount} taulukkoa");
        return parts.Count == 0 ? "ei tekstiä" : string.Join(", ", parts);
    }
}
