namespace GovRules.Documents.Structure;

/// <summary>The first words of a block, for a human to recognise it in a report.</summary>
internal static class Snippet
{
    /// <summary>The longest snippet, the ellipsis included.</summary>
    public const int MaxLength = 80;

    /// <summary>The text on one line, cut at a word boundary with "…" when it is longer than <see cref="MaxLength"/>.</summary>
    public static string Of(string text)
    {
        var line = string.Join(' ', text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= MaxLength) return line;
        var cut = line.LastIndexOf(' ', MaxLength - 1);
        var head = cut > MaxLength / 2 ? line[..cut] : line[..(MaxLength - 1)];
        return head.TrimEnd(' ', ',', ';', ':') + "…";
    }
}
