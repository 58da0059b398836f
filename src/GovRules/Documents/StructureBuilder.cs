using GovRules.Documents.Structure;

namespace GovRules.Documents;

/// <summary>
/// Turns what a format reader saw (<see cref="RawDocument"/>) into a <see cref="GovDocument"/>: cleans
/// the text, recognises part, chapter and section headings, nests the blocks and gives each block its
/// <see cref="SourceLocation"/>. The same for .docx, Markdown and plain text.
/// </summary>
internal static class StructureBuilder
{
    public static GovDocument Build(RawDocument raw, string sourceName, SourceFormat format, ChangeView view, string sha256)
    {
        var classified = HeadingClassifier.Classify(raw.Blocks);
        var outline = OutlineWalker.Walk(classified);
        AnchorAssigner.Assign(outline);
        var blocks = LocatedBlocks.Create(classified, outline);

        var sections = outline.Sections.ToDictionary(n => n, n => ToSection(n, blocks));
        var chapters = outline.Chapters.ToDictionary(n => n, n => ToChapter(n, blocks, sections));
        var parts = outline.Parts.Select(n => ToPart(n, blocks, chapters)).ToList();
        return new GovDocument
        {
            SourceName = sourceName,
            Format = format,
            View = view,
            Sha256 = sha256,
            Blocks = blocks,
            Parts = parts,
            Chapters = outline.Chapters.Select(n => chapters[n]).ToList(),
            Sections = outline.Sections.Select(n => sections[n]).ToList(),
            Warnings = raw.Warnings,
            HasTrackedChanges = raw.HasTrackedChanges,
            Diagrams = raw.Diagrams,
            Drawings = raw.Drawings,
        };
    }

    private static GovSection ToSection(OutlineNode node, IReadOnlyList<Block> blocks) => new()
    {
        Number = node.Shape.Number,
        Title = node.Shape.Title,
        Heading = blocks[node.HeadingIndex],
        Blocks = node.BlockIndexes.Select(i => blocks[i]).ToList(),
    };

    private static GovChapter ToChapter(OutlineNode node, IReadOnlyList<Block> blocks, Dictionary<OutlineNode, GovSection> sections) => new()
    {
        Number = node.Shape.Number,
        Title = node.Shape.Title,
        Heading = blocks[node.HeadingIndex],
        Intro = node.BlockIndexes.Take(node.IntroCount ?? node.BlockIndexes.Count).Select(i => blocks[i]).ToList(),
        Sections = node.Children.Select(c => sections[c]).ToList(),
    };

    private static GovPart ToPart(OutlineNode node, IReadOnlyList<Block> blocks, Dictionary<OutlineNode, GovChapter> chapters) => new()
    {
        Number = node.Shape.Number,
        Title = node.Shape.Title,
        Heading = blocks[node.HeadingIndex],
        Chapters = node.Children.Where(c => c.Kind == HeadingKind.Chapter).Select(c => chapters[c]).ToList(),
    };
}
