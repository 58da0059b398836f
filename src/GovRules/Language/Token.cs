namespace GovRules.Language;

/// <summary>One token of a sentence: a word (possibly hyphenated or with an abbreviation's ":n" ending) or a punctuation mark.</summary>
/// <param name="Form">The pooled written form; its <see cref="WordForm.Lower"/> carries the word's analyses.</param>
/// <param name="Start">The offset of the token in the text it was read from.</param>
/// <param name="IsWord">False for punctuation, numbers and item labels.</param>
internal readonly record struct Token(WordForm Form, int Start, bool IsWord)
{
    /// <summary>The token as written.</summary>
    public string Text => Form.Text;

    /// <summary>The token lower-cased; the form every matcher compares.</summary>
    public string Lower => Form.Lower.Text;

    /// <summary>The lower-case form, which carries the word's analyses.</summary>
    public WordForm Word => Form.Lower;

    /// <summary>The offset just after the token.</summary>
    public int End => Start + Form.Text.Length;

    /// <summary>Whether the token is the punctuation mark <paramref name="c"/>.</summary>
    public bool Is(char c) => !IsWord && Form.Text.Length == 1 && Form.Text[0] == c;

    /// <summary>Whether the token starts with a capital letter.</summary>
    public bool IsCapitalised => Form.Text.Length > 0 && char.IsUpper(Form.Text[0]);
}
