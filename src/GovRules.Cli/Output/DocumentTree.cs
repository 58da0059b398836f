using GovRules.Documents;

namespace GovRules.Cli.Output;

/// <summary>What a node of the printed tree is.</summary>
internal enum TreeNodeKind
{
    Part,
    Chapter,
    Section,
    Block,
}

/// <summary>
/// One node of the document as `doc show` prints it: a part, chapter or section with its heading and
/// children, or a single block. Every block of the document appears exactly once, in body order.
/// </summary>
internal sealed class TreeNode(TreeNodeKind kind, Block block)
{
    public TreeNodeKind Kind { get; } = kind;

    /// <summary>The block itself, or the heading of a part, chapter or section.</summary>
    public Block Block { get; } = block;

    public string Number { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>For sections: the section, for its counts.</summary>
    public GovSection? Section { get; init; }

    public List<TreeNode> Children { get; } = [];
}

/// <summary>Rebuilds the nesting of a <see cref="GovDocument"/> in body order from its headings and block locations.</summary>
internal static class DocumentTree
{
    public static IReadOnlyList<TreeNode> Build(GovDocument document)
    {
        var sections = document.Sections.ToDictionary(s => s.Heading.Location.Paragraph);
        var chapters = document.Chapters.ToDictionary(c => c.Heading.Location.Paragraph);
        var parts = document.Parts.ToDictionary(p => p.Heading.Location.Paragraph);
        var root = new List<TreeNode>();
        TreeNode? part = null, chapter = null, section = null;
        foreach (var block in document.Blocks)
        {
            var ordinal = block.Location.Paragraph;
            if (block.Heading == HeadingKind.Part && parts.TryGetValue(ordinal, out var govPart))
            {
                part = new TreeNode(TreeNodeKind.Part, block) { Number = govPart.Number, Title = govPart.Title };
                root.Add(part);
                chapter = section = null;
            }
            else if (block.Heading == HeadingKind.Chapter && chapters.TryGetValue(ordinal, out var govChapter))
            {
                chapter = new TreeNode(TreeNodeKind.Chapter, block) { Number = govChapter.Number, Title = govChapter.Title };
                (part?.Children ?? root).Add(chapter);
                section = null;
            }
            else if (block.Heading == HeadingKind.Section && sections.TryGetValue(ordinal, out var govSection))
            {
                section = new TreeNode(TreeNodeKind.Section, block) { Number = govSection.Number, Title = govSection.Title, Section = govSection };
                (chapter ?? part)?.Children.Add(section);
                if (chapter is null && part is null) root.Add(section);
            }
            else
            {
                if (block.Location.Section is null) section = null;
                if (block.Location.Chapter is null) chapter = null;
                if (block.Location.Part is null) part = null;
                (section ?? chapter ?? part)?.Children.Add(new TreeNode(TreeNodeKind.Block, block));
                if (section is null && chapter is null && part is null) root.Add(new TreeNode(TreeNodeKind.Block, block));
            }
        }
        return root;
    }
}
