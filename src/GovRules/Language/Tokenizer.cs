using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GovRules.Language;

/// <summary>
/// Splits normalised text into tokens. A word keeps its inner hyphens ("hyte-neuvottelut"), a leading
/// hyphen of a space-hyphen name ("-lautakunnan"), a trailing hyphen of a suspended compound
/// ("nuoriso-") and an abbreviation's case ending ("TKI:n"). Numbers, § and punctuation are separate tokens.
/// </summary>
internal static class Tokenizer
{
    // Tokens are gathered here and copied out at their exact count: a guessed capacity either grows or wastes.
    [ThreadStatic]
    private static List<Token>? scratch;

    /// <summary>Tokenises <paramref name="text"/> (already normalised).</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = scratch ??= new List<Token>(256);
        var forms = RecentForms.OfThisThread();
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsLetter(c) || (c == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || text[i - 1] == ' ')))
            {
                var hash = RecentForms.Hash(RecentForms.Seed, c);
                i++;
                while (i < text.Length && IsWordChar(text, i)) hash = RecentForms.Hash(hash, text[i++]);
                tokens.Add(new Token(forms.Of(text.AsSpan(start, i - start), hash), start, IsWord: true));
                continue;
            }
            if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                tokens.Add(new Token(forms.Of(text.AsSpan(start, i - start)), start, IsWord: false));
                continue;
            }
            tokens.Add(new Token(forms.Of(text.AsSpan(start, 1)), start, IsWord: false));
            i++;
        }
        var result = CollectionsMarshal.AsSpan(tokens).ToArray();
        if (tokens.Count > 4096) scratch = null; // do not keep a long block's buffer alive
        return result;
    }

    // Most characters of a Finnish text are ASCII letters: those answer without the Unicode tables.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiLetterOrDigit(c)) return true;
        return (c >= 128 || c is '-' or ':' or '\'') && IsOtherWordChar(text, i);
    }

    private static bool IsOtherWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '-' => char.IsLetter(next) || next is ',' or ' ' && i > 0 && char.IsLetter(text[i - 1]) && SuspendedHyphenFollows(text, i),
            ':' or '\'' => char.IsLetter(next) && i > 0 && char.IsLetterOrDigit(text[i - 1]),
            _ => false,
        };
    }

    // "nuoriso-, vanhus- ja …": the hyphen belongs to the word when a comma or a conjunction follows.
    private static bool SuspendedHyphenFollows(string text, int hyphen)
    {
        var rest = text.AsSpan(hyphen + 1).TrimStart();
        return text[hyphen + 1] == ',' || rest.StartsWith("ja ", StringComparison.Ordinal) || rest.StartsWith("tai ", StringComparison.Ordinal)
            || rest.StartsWith("sekä ", StringComparison.Ordinal) || rest.StartsWith("ja/tai ", StringComparison.Ordinal);
    }
}
