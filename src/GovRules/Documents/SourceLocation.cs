namespace GovRules.Documents;

/// <summary>
/// Where a block of a hallintosääntö stands: its part, chapter and section, its ordinal in body order,
/// a short snippet and a stable anchor that reports, SARIF and Word comments all point to.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>The part (osa) the block belongs to, e.g. "2 osa"; null when the document has no parts.</summary>
    public string? Part { get; init; }

    /// <summary>The chapter (luku) number as written, e.g. "3"; null outside chapters.</summary>
    public string? Chapter { get; init; }

    /// <summary>The chapter's title, e.g. "Toimielimet".</summary>
    public string? ChapterTitle { get; init; }

    /// <summary>The section (§) number as written, e.g. "12" or "12 a"; null outside sections.</summary>
    public string? Section { get; init; }

    /// <summary>The section's title, e.g. "Pelastusjohtajan tehtävät".</summary>
    public string? SectionTitle { get; init; }

    /// <summary>The paragraph (momentti) ordinal within the section, 1-based; null for headings and blocks outside sections.</summary>
    public int? Moment { get; init; }

    /// <summary>The label of the numbered item (kohta), e.g. "3)"; null when the block is not a list item.</summary>
    public string? Item { get; init; }

    /// <summary>The block's ordinal in body order, 1-based, counting every block of the document.</summary>
    public int Paragraph { get; init; }

    /// <summary>The first words of the block, for a human to recognise it.</summary>
    public string Snippet { get; init; } = "";

    /// <summary>
    /// A stable anchor: "12§" for a section heading, "12§/2" for the second block in section 12,
    /// "3luku/1" for a block of chapter 3 before its first section, "/4" for the fourth block before any chapter.
    /// </summary>
    public string Anchor { get; init; } = "";

    /// <summary>A Finnish citation of the place, e.g. "3 luku / 12 § / 2 mom. / 3) kohta".</summary>
    public string Citation
    {
        get
        {
            var parts = new List<string>(4);
            if (Chapter is not null) parts.Add($"{Chapter} luku");
            if (Section is not null) parts.Add($"{Section} §");
            if (Moment is not null) parts.Add($"{Moment} mom.");
            if (Item is not null) parts.Add($"{Item} kohta");
            return parts.Count == 0 ? $"kappale {Paragraph}" : string.Join(" / ", parts);
        }
    }
}
