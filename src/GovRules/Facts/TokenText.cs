using System.Text;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Turns tokens back into readable text.</summary>
internal static class TokenText
{
    /// <summary>The tokens joined with spaces, punctuation attached as written.</summary>
    public static string Join(ReadOnlySpan<Token> tokens)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var attach = i == 0 || tokens[i - 1].End == token.Start;
            if (!attach) builder.Append(' ');
            builder.Append(token.Text);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The same text as <see cref="Join(ReadOnlySpan{Token})"/> for tokens read from <paramref name="source"/>: cut
    /// from the source in one piece when the tokens follow each other there with at most a space between them
    /// (a task usually does), joined otherwise.
    /// </summary>
    public static string Join(ReadOnlySpan<Token> tokens, string source)
    {
        if (tokens.Length == 0) return "";
        for (var i = 1; i < tokens.Length; i++)
        {
            var gap = tokens[i].Start - tokens[i - 1].End;
            if (gap != 0 && (gap != 1 || source[tokens[i].Start - 1] != ' ')) return Join(tokens);
        }
        var start = tokens[0].Start;
        var end = tokens[^1].End;
        return end <= source.Length && source.AsSpan(start, tokens[0].Text.Length).SequenceEqual(tokens[0].Text) ? source[start..end] : Join(tokens);
    }
}
