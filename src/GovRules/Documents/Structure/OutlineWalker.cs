namespace GovRules.Documents.Structure;

/// <summary>The outline over the classified blocks: every part, chapter and section, and the node each block belongs to.</summary>
internal sealed record Outline(
    IReadOnlyList<OutlineNode> Parts,
    IReadOnlyList<OutlineNode> Chapters,
    IReadOnlyList<OutlineNode> Sections,
    IReadOnlyList<OutlineNode?> Owners);

/// <summary>
/// Walks the classified blocks in body order and nests them: parts › chapters › sections. A part closes
/// the open chapter, a chapter the open section. An unnumbered heading at or above the level of an open
/// node's heading closes that node (an appendix after the last chapter is not part of its last section).
/// </summary>
internal static class OutlineWalker
{
    public static Outline Walk(IReadOnlyList<ClassifiedBlock> blocks)
    {
        var parts = new List<OutlineNode>();
        var chapters = new List<OutlineNode>();
        var sections = new List<OutlineNode>();
        var owners = new OutlineNode?[blocks.Count];
        OutlineNode? part = null, chapter = null, section = null;

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Heading)
            {
                case HeadingKind.Part:
                    part = Open(parts, null, HeadingKind.Part, i, block);
                    chapter = section = null;
                    owners[i] = part;
                    continue;
                case HeadingKind.Chapter:
                    chapter = Open(chapters, part, HeadingKind.Chapter, i, block);
                    section = null;
                    owners[i] = chapter;
                    continue;
                case HeadingKind.Section:
                    section = Open(sections, chapter ?? part, HeadingKind.Section, i, block);
                    owners[i] = section;
                    continue;
                case HeadingKind.Other:
                    if (Closes(block, section)) section = null;
                    if (Closes(block, chapter)) chapter = section = null;
                    if (Closes(block, part)) part = chapter = section = null;
                    break;
            }
            var owner = section ?? chapter ?? part;
            owners[i] = owner;
            owner?.BlockIndexes.Add(i);
        }
        return new Outline(parts, chapters, sections, owners);
    }

    private static OutlineNode Open(List<OutlineNode> all, OutlineNode? parent, HeadingKind kind, int index, ClassifiedBlock block)
    {
        var node = new OutlineNode(kind, index, block.Shape!, block.HeadingLevel, parent);
        if (parent is not null)
        {
            parent.IntroCount ??= parent.BlockIndexes.Count;
            parent.Children.Add(node);
        }
        all.Add(node);
        return node;
    }

    // An unnumbered heading closes a node when it stands at or above the node's heading level; when the
    // node's heading had no style, only a top-level heading closes it.
    private static bool Closes(ClassifiedBlock other, OutlineNode? node) =>
        node is not null && other.HeadingLevel is { } level && level <= (node.Level ?? 1);
}
