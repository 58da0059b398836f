namespace GovRules.Language;

/// <summary>How a word of a term matches a token.</summary>
internal enum WordMatchMode
{
    /// <summary>The whole token is an inflected form of the base form ("lautakunta" ~ "lautakunnan").</summary>
    Inflected,

    /// <summary>Written "*lautakunta": the token is the base form or a compound with it as its head ("pelastuslautakunnan").</summary>
    CompoundHead,

    /// <summary>Written "neuvottel*": the token starts with the prefix (verbs and derivations alike).</summary>
    Prefix,
}

/// <summary>One word of a term, in lower-case base form, with how it matches.</summary>
/// <param name="Base">The base form (or prefix) in lower case, without the '*' marker.</param>
/// <param name="Mode">How it matches.</param>
internal sealed record WordPattern(string Base, WordMatchMode Mode)
{
    /// <summary>Parses "lautakunta", "*lautakunta" or "neuvottel*".</summary>
    public static WordPattern Parse(string word)
    {
        var lower = TextNormalizer.Fold(word.Trim());
        if (lower.Length > 1 && lower[0] == '*') return new WordPattern(lower[1..], WordMatchMode.CompoundHead);
        if (lower.Length > 1 && lower[^1] == '*') return new WordPattern(lower[..^1], WordMatchMode.Prefix);
        return new WordPattern(lower, WordMatchMode.Inflected);
    }

    /// <summary>Whether the lower-case token matches.</summary>
    public bool Matches(string token, IFinnishAnalyzer analyzer) => Mode switch
    {
        WordMatchMode.Prefix => token.StartsWith(Base, StringComparison.Ordinal),
        WordMatchMode.CompoundHead => analyzer.EndsWithFormOf(token, Base, out _),
        _ => token.Length >= Base.Length - 2 && token[0] == Base[0] && analyzer.IsFormOf(token, Base),
    };
}
