using GovRules.Documents;
using GovRules.Engine;

namespace GovRules.Reporting.Docx;

/// <summary>
/// Where a finding's comment goes: on the block its location names; for a location that no block
/// carries, on the heading of its chapter; for the document as a whole, at the document's start.
/// </summary>
internal static class CommentPlacement
{
    /// <summary>The 0-based index of the block to anchor on, or null for the document's start.</summary>
    public static int? BlockIndex(Finding finding, GovDocument document)
    {
        if (finding.Location is not { } location) return null;
        if (location.Paragraph >= 1 && location.Paragraph <= document.Blocks.Count) return location.Paragraph - 1;
        if (location.Anchor.Length > 0 && FindIndex(document.Blocks, b => b.Location.Anchor == location.Anchor) is { } byAnchor)
            return byAnchor;
        if (location.Chapter is null) return null;
        var chapter = document.Chapters.FirstOrDefault(c => c.Number == location.Chapter && (location.ChapterTitle is null || c.Title == location.ChapterTitle))
            ?? document.Chapters.FirstOrDefault(c => c.Number == location.Chapter);
        return chapter is null ? null : chapter.Heading.Location.Paragraph - 1;
    }

    private static int? FindIndex(IReadOnlyList<Block> blocks, Func<Block, bool> match)
    {
        for (var i = 0; i < blocks.Count; i++)
            if (match(blocks[i])) return i;
        return null;
    }
}
