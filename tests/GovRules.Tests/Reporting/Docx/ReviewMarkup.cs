using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>A comment as stored: its author, the text of its first paragraph and its whole XML.</summary>
internal sealed record StoredComment(string Author, string FirstLine, string Xml);

/// <summary>The review markup of a .docx read straight from its parts: comments, companions, tracked changes, markers.</summary>
internal sealed record ReviewMarkup(IReadOnlyList<StoredComment> Comments, int TrackedChanges, int Replies, string Companions, int DanglingMarkers)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private static readonly string[] RevisionNames = ["ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "numberingChange"];

    public static ReviewMarkup Of(string docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(docx)), false);
        var main = package.MainDocumentPart!;
        var body = Load(main)!;
        var comments = Load(main.WordprocessingCommentsPart)?.Root?.Elements(W + "comment").Select(c => new StoredComment(
            (string?)c.Attribute(W + "author") ?? "",
            string.Concat(c.Elements(W + "p").FirstOrDefault()?.Descendants(W + "t").Select(t => t.Value) ?? []),
            c.ToString(SaveOptions.DisableFormatting))).ToList() ?? [];
        var ids = Load(main.WordprocessingCommentsPart)?.Root?.Elements(W + "comment").Select(c => (string?)c.Attribute(W + "id")).ToHashSet() ?? [];
        var markers = body.Descendants().Where(e => e.Name == W + "commentRangeStart" || e.Name == W + "commentRangeEnd" || e.Name == W + "commentReference");
        var commentsEx = Load(main.WordprocessingCommentsExPart);
        return new ReviewMarkup(
            comments,
            body.Descendants().Count(e => e.Name.Namespace == W && RevisionNames.Contains(e.Name.LocalName)),
            commentsEx?.Root?.Elements(W15 + "commentEx").Count(e => e.Attribute(W15 + "paraIdParent") is not null) ?? 0,
            string.Join("\n", new OpenXmlPart?[] { main.WordprocessingCommentsExPart, main.WordprocessingCommentsIdsPart, main.WordCommentsExtensiblePart }
                .Select(p => Load(p)?.ToString(SaveOptions.DisableFormatting) ?? "")),
            markers.Count(m => !ids.Contains((string?)m.Attribute(W + "id"))));
    }

    /// <summary>The main document and comments XML, for comparing two annotated files.</summary>
    public static string PartXml(string docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(docx)), false);
        var main = package.MainDocumentPart!;
        return Load(main)!.ToString(SaveOptions.DisableFormatting) + "\n" + Load(main.WordprocessingCommentsPart)?.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The text of every text box in the main document.</summary>
    public static IReadOnlyList<string> TextBoxTexts(string docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(docx)), false);
        return [.. Load(package.MainDocumentPart)!.Descendants(W + "txbxContent")
            .Select(t => string.Concat(t.Descendants(W + "t").Select(x => x.Value)))];
    }

    private static XDocument? Load(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return stream.Length == 0 ? null : XDocument.Load(stream);
    }
}
