using System.Text;

namespace GovRules.Language;

/// <summary>
/// Expands suspended hyphens that share a compound head: "nuoriso-, vanhus- ja vammaisneuvostot" →
/// "nuorisoneuvostot, vanhusneuvostot ja vammaisneuvostot". A singular name ("sosiaali- ja
/// terveyslautakunta") is one body and stays as written; task words ("sosiaali- ja terveydenhuolto") always expand.
/// </summary>
internal static class SuspendedHyphens
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "ja", "tai", "sekä", "ja/tai" };

    /// <summary>Returns <paramref name="text"/> (normalised) with suspended compounds written out; the same instance when there are none.</summary>
    public static string Expand(string text, Lexicon lexicon, IFinnishAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        return MayHave(text) ? Expand(text, Tokenizer.Tokenize(text), LexiconMatcher.For(lexicon, analyzer)) : text;
    }

    /// <summary>Whether the text has a hyphen a suspended compound could end with; without one it is returned as it is.</summary>
    public static bool MayHave(string text) => text.Contains("- ", StringComparison.Ordinal) || text.Contains("-,", StringComparison.Ordinal);

    /// <summary>Expands with the tokens of <paramref name="text"/> already made.</summary>
    public static string Expand(string text, ReadOnlySpan<Token> tokens, LexiconMatcher matcher)
    {
        var replacements = new List<(Token Token, string With)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsSuspended(tokens[i])) continue;
            var chain = new List<Token> { tokens[i] };
            var j = i + 1;
            while (j < tokens.Length && (tokens[j].Is(',') || IsSuspended(tokens[j])))
            {
                if (IsSuspended(tokens[j])) chain.Add(tokens[j]);
                j++;
            }
            if (j + 1 >= tokens.Length || !Conjunctions.Contains(tokens[j].Lower) || !tokens[j + 1].IsWord) { i = j; continue; }
            var head = matcher.SuspendedHeadOf(tokens[j + 1]);
            if (head is not null)
                foreach (var part in chain) replacements.Add((part, part.Text[..^1] + tokens[j + 1].Text[head.Value..]));
            i = j + 1;
        }
        if (replacements.Count == 0) return text;
        var builder = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (token, with) in replacements)
        {
            builder.Append(text, at, token.Start - at).Append(with);
            at = token.End;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }

    private static bool IsSuspended(Token token) => token.IsWord && token.Text.Length > 2 && token.Text[^1] == '-';
}
