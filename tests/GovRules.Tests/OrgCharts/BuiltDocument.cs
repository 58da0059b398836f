using GovRules.Documents;

namespace GovRules.Tests.OrgCharts;

/// <summary>Documents built in code, for the edge cases no real file shows (assistants, cycles, free shapes).</summary>
internal static class BuiltDocument
{
    public static GovDocument Of(IReadOnlyList<Block> blocks, IReadOnlyList<DiagramData>? diagrams = null, DrawingSummary? drawings = null) => new()
    {
        SourceName = "kaavio.docx",
        Format = SourceFormat.Docx,
        Sha256 = "",
        Blocks = blocks,
        Parts = [],
        Chapters = [],
        Sections = [],
        Diagrams = diagrams ?? [],
        Drawings = drawings ?? DrawingSummary.None,
    };

    public static Block Heading(int paragraph, string text, int level = 1) =>
        new() { Kind = BlockKind.Heading, Heading = HeadingKind.Other, HeadingLevel = level, Text = text, Location = At(paragraph) };

    public static Block Paragraph(int paragraph, string text) =>
        new() { Kind = BlockKind.Paragraph, Text = text, Location = At(paragraph) };

    public static Block Item(int paragraph, int level, string text) =>
        new() { Kind = BlockKind.ListItem, ListLevel = level, ListLabel = "•", Text = text, Location = At(paragraph) };

    public static Block Table(int paragraph, params string[][] rows) =>
        new() { Kind = BlockKind.Table, Text = string.Join("\n", rows.Select(r => string.Join("\t", r))), Rows = rows, Location = At(paragraph) };

    /// <summary>A SmartArt data model: "id:type:text" points (text lines split by '/') and "parent>child" parOf links in sibling order.</summary>
    public static DiagramData Diagram(string layout, int paragraph, string[] points, string[] links)
    {
        var pointList = new List<DiagramPoint> { new("0", "doc", []) };
        foreach (var spec in points)
        {
            var parts = spec.Split(':', 3);
            pointList.Add(new DiagramPoint(parts[0], parts[1], parts[2].Length == 0 ? [] : parts[2].Split('/')));
        }
        var connections = links.Select((link, i) =>
        {
            var ends = link.Split('>');
            var order = links.Take(i).Count(l => l.Split('>')[0] == ends[0]);
            return new DiagramConnection("parOf", ends[0], ends[1], order);
        }).ToList();
        return new DiagramData($"urn:microsoft.com/office/officeart/2005/8/layout/{layout}", pointList, connections, paragraph);
    }

    private static SourceLocation At(int paragraph) => new() { Paragraph = paragraph, Anchor = $"/{paragraph}" };
}
