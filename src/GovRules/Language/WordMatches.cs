namespace GovRules.Language;

/// <summary>What the lexicon knows of one lower-case word, worked out once per distinct word and shared by every document.</summary>
internal sealed class WordMatches
{
    /// <summary>The matches of a word no lexicon word matches.</summary>
    public static readonly WordMatches None = new([], [], inCombination: false, nameHead: null);

    public WordMatches(WordPattern[] patterns, PhraseStart[] phraseStarts, bool inCombination, NameHead? nameHead)
    {
        Patterns = patterns;
        PhraseStarts = phraseStarts;
        InCombination = inCombination;
        NameHead = nameHead;
    }

    /// <summary>The lexicon words the word is a form of (a handful at most: an array scanned by reference).</summary>
    public WordPattern[] Patterns { get; }

    /// <summary>Whether the word is a form of <paramref name="pattern"/> (the very pattern object, not an equal one).</summary>
    public bool IsFormOf(WordPattern pattern)
    {
        foreach (var known in Patterns)
            if (ReferenceEquals(known, pattern)) return true;
        return false;
    }

    /// <summary>The lexicon phrases whose first word it is a form of: most words first, then in lexicon order.</summary>
    public PhraseStart[] PhraseStarts { get; }

    /// <summary>Whether it is a form of a word some all-of combination needs.</summary>
    public bool InCombination { get; }

    /// <summary>The organ, post or unit head it ends with, when it could be the name of one ("pelastuslautakunnan").</summary>
    public NameHead? NameHead { get; }
}
