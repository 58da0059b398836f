namespace GovRules.Language;

/// <summary>
/// What a lexicon matcher worked out about one word, kept on the word: the matches, then the stem and phrase cases
/// when first asked for. It names its owner, so a word analysed by another lexicon's matcher is not mistaken for it.
/// </summary>
/// <param name="owner">The matcher that computed it.</param>
/// <param name="matches">The word's lexicon matches.</param>
internal sealed class WordAnalysis(object owner, WordMatches matches)
{
    /// <summary>A <see cref="SuspendedHead"/> not yet worked out.</summary>
    public const int NotYet = -2;

    /// <summary>A <see cref="SuspendedHead"/> worked out: the word does not end a suspended chain.</summary>
    public const int None = -1;
    /// <summary>The matcher that computed the analysis.</summary>
    public object Owner { get; } = owner;

    /// <summary>The word's lexicon matches.</summary>
    public WordMatches Matches { get; } = matches;

    /// <summary>The analyser's stem, once asked for.</summary>
    public string? Stem { get; set; }

    /// <summary>Where the head shared by a suspended chain starts in the word (<see cref="LexiconMatcher.SuspendedHeadOf"/>), or <see cref="NotYet"/> or <see cref="None"/>.</summary>
    public int SuspendedHead { get; set; } = NotYet;

    /// <summary>Phrase cases worked out so far (replaced whole, never changed in place: readers on other threads see a whole array).</summary>
    public (WordPattern Pattern, GrammaticalCase Case, bool Plural)[] PhraseCases { get; set; } = [];
}
