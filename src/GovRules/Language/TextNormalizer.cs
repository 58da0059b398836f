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
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i - 1] == ' ') return false;
                continue;
            }
            if (char.IsAscii(c))
            {
                if (c == '-' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) return false;
                if (char.IsControl(c)) return false;
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u201C' or '\u201D' or '\u201E'
                or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\u201A' or '\u00B4' or '\u2010' or '\u2011' or '\u2012' or '\u2014' or '\u2212')
                return false;
        }
        return true;
    }

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
