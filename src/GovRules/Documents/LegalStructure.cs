namespace GovRules.Documents;

/// <summary>A section (§) with its number, title and the blocks under it (its momentit, kohdat and tables).</summary>
public sealed record GovSection
{
    /// <summary>The number as written, e.g. "12" or "12 a".</summary>
    public required string Number { get; init; }

    /// <summary>The title, e.g. "Pelastusjohtajan tehtävät"; empty when the heading has none.</summary>
    public required string Title { get; init; }

    /// <summary>The heading block.</summary>
    public required Block Heading { get; init; }

    /// <summary>The blocks under the heading, in body order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>The number of paragraphs (momentit).</summary>
    public int ParagraphCount => Blocks.Count(b => b.Kind == BlockKind.Paragraph);

    /// <summary>The number of list items (kohdat).</summary>
    public int ItemCount => Blocks.Count(b => b.Kind == BlockKind.ListItem);

    /// <summary>The number of tables.</summary>
    public int TableCount => Blocks.Count(b => b.Kind == BlockKind.Table);
}

/// <summary>A chapter (luku) with its sections and any blocks that stand before its first section.</summary>
public sealed record GovChapter
{
    /// <summary>The number as written, e.g. "3".</summary>
    public required string Number { get; init; }

    /// <summary>The title, e.g. "Toimielimet".</summary>
    public required string Title { get; init; }

    /// <summary>The heading block.</summary>
    public required Block Heading { get; init; }

    /// <summary>Blocks between the chapter heading and its first section.</summary>
    public required IReadOnlyList<Block> Intro { get; init; }

    /// <summary>The sections of the chapter in order.</summary>
    public required IReadOnlyList<GovSection> Sections { get; init; }
}

/// <summary>A part (osa) with its chapters.</summary>
public sealed record GovPart
{
    /// <summary>The number as written, e.g. "2".</summary>
    public required string Number { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The heading block.</summary>
    public required Block Heading { get; init; }

    /// <summary>The chapters of the part in order.</summary>
    public required IReadOnlyList<GovChapter> Chapters { get; init; }
}
