namespace GovRules.Language;

/// <summary>
/// What a lexicon matcher worked out about one word, kept on the word: the matches, then the stem and phrase cases
/// when first asked for. It names its owner, so a word analysed by another lexicon's matcher is not mistaken for it.
/// </summary>
/// <param name="owner">The matcher that computed it.</param>
/// <param name="matches">The word's lexicon matches.</param>
internal sealed class WordAnalysis(object owner, WordMatches matches)
{
    /// <summary>The matcher that computed the analysis.</summary>
    public object Owner { get; } = owner;

    /// <summary>The word's lexicon matches.</summary>
    public WordMatches Matches { get; } = matches;

    /// <summary>The analyser's stem, once asked for.</summary>
    public string? Stem { get; set; }

    /// <summary>Phrase cases worked out so far (replaced whole, never changed in place: readers on other threads see a whole array).</summary>
    public (WordPattern Pattern, GrammaticalCase Case, bool Plural)[] PhraseCases { get; set; } = [];
}
