namespace GovRules.Documents.Structure;

/// <summary>A part, chapter or section while the outline is being built: its heading and the blocks it holds directly.</summary>
internal sealed class OutlineNode
{
    public OutlineNode(HeadingKind kind, int headingIndex, HeadingShape shape, int? level, OutlineNode? parent)
    {
        Kind = kind;
        HeadingIndex = headingIndex;
        Shape = shape;
        Level = level;
        Parent = parent;
    }

    public HeadingKind Kind { get; }

    /// <summary>The index of the heading among the classified blocks.</summary>
    public int HeadingIndex { get; }

    public HeadingShape Shape { get; }

    /// <summary>The heading's outline level, when it was styled.</summary>
    public int? Level { get; }

    /// <summary>The part of a chapter, the chapter (or part) of a section.</summary>
    public OutlineNode? Parent { get; }

    /// <summary>The indexes of the blocks this node holds directly (not those of its child nodes).</summary>
    public List<int> BlockIndexes { get; } = [];

    /// <summary>How many of <see cref="BlockIndexes"/> stood before the first child node (a chapter's intro).</summary>
    public int? IntroCount { get; set; }

    public List<OutlineNode> Children { get; } = [];

    /// <summary>The stable anchor of the heading, e.g. "12§" or "3luku/12§"; set once the whole outline is known.</summary>
    public string Anchor { get; set; } = "";

    /// <summary>The anchor before any qualification: "12§", "3luku", "2osa".</summary>
    public string BaseAnchor => Kind switch
    {
        HeadingKind.Part => $"{Compact(Shape.Number)}osa",
        HeadingKind.Chapter => $"{Compact(Shape.Number)}luku",
        _ => $"{Compact(Shape.Number)}§",
    };

    public OutlineNode? Ancestor(HeadingKind kind)
    {
        for (var node = this; node is not null; node = node.Parent)
            if (node.Kind == kind) return node;
        return null;
    }

    private static string Compact(string number) => number.Replace(" ", "", StringComparison.Ordinal);
}
