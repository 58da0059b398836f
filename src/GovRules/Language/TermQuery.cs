namespace GovRules.Language;

/// <summary>
/// A term as rules write it: a lexicon id ("kuntaneuvottelut"), a phrase of a lexicon entry (a synonym),
/// or free words in base form; "a|b" gives alternatives, "*head" a compound head, "prefix*" a prefix.
/// </summary>
internal sealed class TermQuery
{
    private readonly List<LexiconEntry> entries = [];
    private readonly List<TermPhrase> phrases = [];

    private TermQuery(string text) => Text = text;

    /// <summary>The term as written.</summary>
    public string Text { get; }

    /// <summary>The lexicon ids the term resolves to (empty for free words).</summary>
    public IEnumerable<string> EntryIds => entries.Select(e => e.Id);

    /// <summary>The lexicon entries the term resolves to.</summary>
    public IReadOnlyList<LexiconEntry> Entries => entries;

    /// <summary>The free phrases of the term (alternatives that are not lexicon terms).</summary>
    public IReadOnlyList<TermPhrase> Phrases => phrases;

    /// <summary>Parses a term against the lexicon.</summary>
    public static TermQuery Parse(string term, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(lexicon);
        var query = new TermQuery(term);
        foreach (var alternative in term.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (lexicon.Find(alternative) is { } entry) query.entries.Add(entry);
            else
            {
                var phrase = TermPhrase.Parse(alternative);
                if (phrase.Words.Count > 0) query.phrases.Add(phrase);
            }
        }
        return query;
    }

    /// <summary>Whether the term occurs in <paramref name="tokens"/>: a free phrase, or a lexicon entry's form or combination.</summary>
    public bool Matches(ReadOnlySpan<Token> tokens, LexiconMatcher matcher, IFinnishAnalyzer analyzer)
    {
        foreach (var phrase in phrases)
            if (phrase.OccursIn(tokens, analyzer)) return true;
        foreach (var entry in entries)
            if (matcher.Occurs(entry, tokens)) return true;
        return false;
    }
}
