namespace GovRules.Documents;

/// <summary>What a block of the document is.</summary>
public enum BlockKind
{
    /// <summary>A heading: part, chapter, section or an unnumbered heading.</summary>
    Heading,

    /// <summary>A paragraph of running text (a momentti inside a section).</summary>
    Paragraph,

    /// <summary>An item of a numbered or bulleted list (a kohta).</summary>
    ListItem,

    /// <summary>A table; its cells are in <see cref="Block.Rows"/>.</summary>
    Table,
}

/// <summary>What a heading introduces in the legal structure.</summary>
public enum HeadingKind
{
    /// <summary>A part (osa), e.g. "2 osa Hallinto".</summary>
    Part,

    /// <summary>A chapter (luku), e.g. "3 luku Toimielimet".</summary>
    Chapter,

    /// <summary>A section (§), e.g. "12 § Pelastusjohtajan tehtävät".</summary>
    Section,

    /// <summary>A heading that is not part of the numbered legal structure (e.g. "Liite 1 Organisaatiokaavio").</summary>
    Other,
}

/// <summary>One block of a document in body order: a heading, a paragraph, a list item or a table.</summary>
public sealed record Block
{
    /// <summary>What the block is.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>The normalised text; for a heading the whole heading line, for a table its cells joined by tabs and newlines.</summary>
    public required string Text { get; init; }

    /// <summary>Where the block stands.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>For headings: what the heading introduces.</summary>
    public HeadingKind? Heading { get; init; }

    /// <summary>For headings: the outline level (1 = top) from the style or the Markdown source, when known.</summary>
    public int? HeadingLevel { get; init; }

    /// <summary>For list items: the label as a reader sees it ("1)", "a)", "1.", "•"), computed from the list definition.</summary>
    public string? ListLabel { get; init; }

    /// <summary>For list items: the nesting level, 0 = top.</summary>
    public int ListLevel { get; init; }

    /// <summary>For tables: the rows, each a list of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }
}
