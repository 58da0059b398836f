using System.Globalization;
using System.Text;

namespace GovRules.Documents.Structure;

/// <summary>
/// Normalises the text of one block the same way for every format: soft hyphens removed, line-break
/// hyphenation joined, every kind of space made a plain space, whitespace collapsed and trimmed.
/// Typographic quotes and real hyphens are kept as written.
/// </summary>
internal static class TextCleanup
{
    // Words after which a hyphen at a line break is a suspended compound ("sosiaali- ja terveys"), not hyphenation.
    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ja", "tai", "sekä", "taikka", "eli", "ynnä", "että", "kuin", "and", "or",
    };

    private const string Vowels = "aeiouyäöå";

    /// <summary>Cleans <paramref name="text"/>; never returns null.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var withoutInvisible = RemoveInvisible(text);
        var joined = JoinLineBreaks(withoutInvisible);
        return CollapseWhitespace(joined);
    }

    private static string RemoveInvisible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            builder.Append(c == '\r' ? '\n' : c);
        }
        return builder.ToString();
    }

    /// <summary>Turns every line break into a space, except a hyphen at a line break, which is joined or kept.</summary>
    private static string JoinLineBreaks(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '\n')
            {
                builder.Append(c);
                i++;
                continue;
            }
            var next = i;
            while (next < text.Length && (text[next] == '\n' || IsSpace(text[next]))) next++;
            TrimTrailingSpaces(builder);
            if (builder.Length > 0 && builder[^1] == '-' && next < text.Length)
                AppendAfterLineEndHyphen(builder, text, next);
            else
                builder.Append(' ');
            i = next;
        }
        return builder.ToString();
    }

    private static void AppendAfterLineEndHyphen(StringBuilder builder, string text, int nextWordStart)
    {
        var before = WordBeforeHyphen(builder);
        var after = WordAt(text, nextWordStart);
        if (before.Length == 0 || after.Length == 0 || Conjunctions.Contains(after))
        {
            builder.Append(' ');
            return;
        }
        if (KeepsHyphen(before, after)) return;
        builder.Length--;
    }

    // A hyphen stays when it is part of the compound: after an abbreviation or a number ("Hva-johtaja",
    // "EU-asetus", "1-3"), before a capital, or between two equal vowels ("linja-auto").
    private static bool KeepsHyphen(string before, string after)
    {
        if (before.Any(c => char.IsUpper(c) || char.IsDigit(c))) return true;
        if (!char.IsLower(after[0])) return true;
        var last = char.ToLowerInvariant(before[^1]);
        var first = char.ToLowerInvariant(after[0]);
        return last == first && Vowels.Contains(last, StringComparison.Ordinal);
    }

    private static string WordBeforeHyphen(StringBuilder builder)
    {
        var end = builder.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(builder[start - 1])) start--;
        return builder.ToString(start, end - start);
    }

    private static string WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[start..end];
    }

    private static void TrimTrailingSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && IsSpace(builder[^1])) builder.Length--;
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c) || c == '\n')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
}
