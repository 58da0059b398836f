namespace GovRules.Language;

/// <summary>A term written as consecutive words in base form ("sisäinen valvonta", "valmius ja turvallisuus -lautakunta").</summary>
internal sealed record TermPhrase(IReadOnlyList<WordPattern> Words)
{
    /// <summary>Parses a phrase of space-separated words, each "word", "*head" or "prefix*".</summary>
    public static TermPhrase Parse(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = TextNormalizer.Normalize(phrase)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => WordPattern.Parse(word.Trim(',', '.', ';', ':', '"')))
            .Where(word => word.Base.Length > 0)
            .ToList();
        return new TermPhrase(words);
    }

    /// <summary>The first word, which decides whether a match is worth trying.</summary>
    public WordPattern First => Words[0];

    /// <summary>The last word: the inflected one, whose case tells the phrase's case.</summary>
    public WordPattern Last => Words[^1];

    /// <summary>The number of tokens matched when the phrase starts at <paramref name="start"/>; 0 when it does not match there.</summary>
    public int MatchAt(ReadOnlySpan<Token> tokens, int start, IFinnishAnalyzer analyzer)
    {
        var i = start;
        foreach (var word in Words)
        {
            if (i >= tokens.Length || !tokens[i].IsWord || !word.Matches(tokens[i].Lower, analyzer)) return 0;
            i++;
        }
        return i - start;
    }

    /// <summary>Whether the phrase occurs anywhere in <paramref name="tokens"/>.</summary>
    public bool OccursIn(ReadOnlySpan<Token> tokens, IFinnishAnalyzer analyzer)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (MatchAt(tokens, i, analyzer) > 0) return true;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(' ', Words.Select(w => w.Mode switch
    {
        WordMatchMode.CompoundHead => "*" + w.Base,
        WordMatchMode.Prefix => w.Base + "*",
        _ => w.Base,
    }));
}
