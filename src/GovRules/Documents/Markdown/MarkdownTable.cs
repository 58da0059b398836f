using System.Text.RegularExpressions;

namespace GovRules.Documents.Markdown;

/// <summary>Pipe tables: a header row, a separator row ("|---|:--:|") and body rows.</summary>
internal static class MarkdownTable
{
    private static readonly Regex Separator = new(
        @"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Whether a table starts at <paramref name="index"/>: a row with a pipe followed by a separator row.</summary>
    public static bool StartsAt(IReadOnlyList<string> lines, int index) =>
        index + 1 < lines.Count
        && lines[index].Contains('|', StringComparison.Ordinal)
        && lines[index + 1].Contains('-', StringComparison.Ordinal)
        && (lines[index + 1].Contains('|', StringComparison.Ordinal) || lines[index].Trim().StartsWith('|'))
        && Separator.IsMatch(lines[index + 1]);

    /// <summary>Reads the table starting at <paramref name="index"/>; returns its rows (separator skipped) and the index after it.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Rows, int Next) Read(IReadOnlyList<string> lines, int index)
    {
        var rows = new List<IReadOnlyList<string>> { Cells(lines[index]) };
        var next = index + 2;
        while (next < lines.Count && lines[next].Trim().Length > 0 && lines[next].Contains('|', StringComparison.Ordinal))
        {
            rows.Add(Cells(lines[next]));
            next++;
        }
        return (rows, next);
    }

    private static List<string> Cells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|')) trimmed = trimmed[1..];
        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal)) trimmed = trimmed[..^1];
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] != '|' || (i > 0 && trimmed[i - 1] == '\\')) continue;
            cells.Add(Cell(trimmed[start..i]));
            start = i + 1;
        }
        cells.Add(Cell(trimmed[start..]));
        return cells;
    }

    private static string Cell(string raw) => MarkdownInline.Strip(raw.Replace("\\|", "|", StringComparison.Ordinal).Trim());
}
