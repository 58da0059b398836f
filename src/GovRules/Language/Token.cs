namespace GovRules.Language;

/// <summary>One token of a sentence: a word (possibly hyphenated or with an abbreviation's ":n" ending) or a punctuation mark.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Lower">The token lower-cased; the form every matcher compares.</param>
/// <param name="Start">The offset of the token in the text it was read from.</param>
/// <param name="IsWord">False for punctuation, numbers and item labels.</param>
internal readonly record struct Token(string Text, string Lower, int Start, bool IsWord)
{
    /// <summary>The offset just after the token.</summary>
    public int End => Start + Text.Length;

    /// <summary>Whether the token is the punctuation mark <paramref name="c"/>.</summary>
    public bool Is(char c) => !IsWord && Text.Length == 1 && Text[0] == c;

    /// <summary>Whether the token starts with a capital letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
