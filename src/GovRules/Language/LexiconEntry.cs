namespace GovRules.Language;

/// <summary>What a lexicon term names.</summary>
internal enum TermKind
{
    /// <summary>An organ (toimielin).</summary>
    Organ,

    /// <summary>A post held by an official (viranhaltija).</summary>
    Post,

    /// <summary>An organisational unit.</summary>
    Unit,

    /// <summary>A task or matter (saatavuus, kuntaneuvottelut, …).</summary>
    Task,
}

/// <summary>
/// One lexicon term: an id rules use, its kind, the phrases that name it (base forms, synonyms, variants)
/// and word combinations that together express it (kuntaneuvottelut = neuvottelu + kunta + valtuustokausi).
/// </summary>
internal sealed record LexiconEntry
{
    /// <summary>The term id, e.g. "pelastusjohtaja".</summary>
    public required string Id { get; init; }

    /// <summary>What the term names.</summary>
    public required TermKind Kind { get; init; }

    /// <summary>The phrases that name the term; the first is the display name.</summary>
    public required IReadOnlyList<TermPhrase> Forms { get; init; }

    /// <summary>Combinations of words that all occur in a text expressing the term; each word may list alternatives.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<WordPattern>>> AllOf { get; init; } = [];

    /// <summary>Where the entry was read from, for messages.</summary>
    public string Source { get; init; } = "";
}
