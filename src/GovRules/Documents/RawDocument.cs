namespace GovRules.Documents;

/// <summary>
/// What a format reader hands to <see cref="StructureBuilder"/>: paragraphs, list items and tables in
/// body order with the presentation hints the legal structure is derived from. Internal to Documents/.
/// </summary>
internal sealed record RawBlock
{
    /// <summary>Paragraph, ListItem or Table; the builder decides which paragraphs are headings.</summary>
    public required BlockKind Kind { get; init; }

    /// <summary>The text as the format reader extracted it (soft hyphens, tabs and line breaks kept); the structure builder normalises it.</summary>
    public required string Text { get; init; }

    /// <summary>The heading level (1 = top) from a heading style, an outline level or Markdown '#'; null when not styled as a heading.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>For list items: the computed label ("1)", "a)", "1.", "•").</summary>
    public string? ListLabel { get; init; }

    /// <summary>For list items: the nesting level, 0 = top.</summary>
    public int ListLevel { get; init; }

    /// <summary>For tables: the rows of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }
}

/// <summary>The output of a format reader before the legal structure is built.</summary>
internal sealed record RawDocument
{
    /// <summary>The blocks in body order.</summary>
    public required IReadOnlyList<RawBlock> Blocks { get; init; }

    /// <summary>Warnings for the user.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Whether the source had tracked changes.</summary>
    public bool HasTrackedChanges { get; init; }

    /// <summary>SmartArt diagrams, with the body ordinal of the block they stand in.</summary>
    public IReadOnlyList<DiagramData> Diagrams { get; init; } = [];

    /// <summary>Pictures, free shapes and connectors drawn outside SmartArt.</summary>
    public DrawingSummary Drawings { get; init; } = DrawingSummary.None;
}
