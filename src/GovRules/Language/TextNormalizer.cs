using System.Buffers;
using System.Text;

namespace GovRules.Language;

/// <summary>
/// Cleans Finnish legal text before matching: soft hyphens and zero-width characters removed, PDF
/// line-break hyphenation joined ("jär-\njestämisestä"), typographic quotes and dashes unified,
/// whitespace collapsed. Case is kept; <see cref="Fold"/> lower-cases for comparison.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Returns the cleaned text with case preserved.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    continue;
                case '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB':
                    builder.Append('"');
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u00B4':
                    builder.Append('\'');
                    continue;
                case '\u2010' or '\u2011':
                    builder.Append('-');
                    continue;
                case '\u2012' or '\u2013' or '\u2014' or '\u2212':
                    builder.Append('–');
                    continue;
            }
            if (c == '-' && IsLineBreakHyphen(text, i, out var resume))
            {
                i = resume - 1;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    /// <summary>Lower-cases invariantly (Finnish letters å, ä, ö fold as expected).</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    /// <summary>Whether <see cref="Fold"/> would return the text unchanged (checked without allocating).</summary>
    public static bool IsFolded(string text)
    {
        foreach (var c in text)
            if (char.IsAscii(c) ? char.IsAsciiLetterUpper(c) : char.IsSurrogate(c) || char.ToLowerInvariant(c) != c) return false;
        return true;
    }

    // Most paragraphs need none of the cleaning: single spaces, no special characters, no hyphen before a space.
    // This runs on every paragraph of every draft: printable ASCII is skipped with a vectorised search, and only the
    // other characters (ä and ö are most of them) are looked at one by one.
    private static bool IsClean(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal) || text.Contains("- ", StringComparison.Ordinal)) return false;
        var rest = text.AsSpan();
        while (true)
        {
            var other = rest.IndexOfAnyExceptInRange(' ', '~');
            if (other < 0) return true;
            if (NeedsCleaning.Contains(rest[other])) return false;
            rest = rest[(other + 1)..];
        }
    }

    // ASCII controls (tab and line breaks among them; a hyphen before one is line-break hyphenation), other white
    // space, invisible characters, typographic quotes and dashes: anything Normalize would change besides spaces.
    private static readonly SearchValues<char> NeedsCleaning = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000"
        + "\u00AD\u200B\u200C\u200D\uFEFF\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u00B4\u2010\u2011\u2012\u2014\u2212");

    // "jär-\njestämisestä" (or "jär- jestämisestä" once a reader has joined the lines): a hyphen between
    // lower-case letters across a break is hyphenation, unless a conjunction follows ("sosiaali- ja terveys…").
    private static bool IsLineBreakHyphen(string text, int hyphen, out int resume)
    {
        resume = hyphen + 1;
        if (hyphen < 2 || !char.IsLower(text[hyphen - 1]) || !char.IsLower(text[hyphen - 2])) return false;
        var j = hyphen + 1;
        var spaces = 0;
        var lineBreak = false;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            lineBreak |= text[j] is '\n' or '\r';
            spaces++;
            j++;
        }
        if (spaces == 0 || (!lineBreak && spaces > 1) || j >= text.Length || !char.IsLower(text[j])) return false;
        var next = j;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        if (text[j..next] is "ja" or "tai" or "sekä" or "eli" or "tahi" or "ynnä" || (next < text.Length && text[next] == '/')) return false;
        resume = j;
        return true;
    }
}
