using System.Collections;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>
/// A text's tokens as term queries read them, kept for the life of a fact base: each token's lower-case word (null
/// for punctuation and numbers), 8 bytes a token instead of a full token. A query sees the same words and
/// boundaries as in the text; the words' written forms and offsets are not kept.
/// </summary>
internal sealed class WordSequence : IReadOnlyList<Token>
{
    private static readonly Token NotAWord = new(WordForm.Folded(""), 0, IsWord: false);
    private readonly WordForm?[] words;

    public WordSequence(IReadOnlyList<Token> tokens)
    {
        words = new WordForm?[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens[i].IsWord ? tokens[i].Word : null;
    }

    public int Count => words.Length;

    public Token this[int index] => words[index] is { } word ? new Token(word, 0, IsWord: true) : NotAWord;

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < words.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
