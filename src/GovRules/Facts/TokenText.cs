using System.Text;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Turns tokens back into readable text.</summary>
internal static class TokenText
{
    /// <summary>The tokens joined with spaces, punctuation attached as written.</summary>
    public static string Join(IReadOnlyList<Token> tokens)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var attach = i == 0 || tokens[i - 1].End == token.Start;
            if (!attach) builder.Append(' ');
            builder.Append(token.Text);
        }
        return builder.ToString();
    }
}
