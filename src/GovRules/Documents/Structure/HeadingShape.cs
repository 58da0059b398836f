using System.Text.RegularExpressions;

namespace GovRules.Documents.Structure;

/// <summary>A heading recognised by its text: what it introduces, its number as written and its title.</summary>
/// <param name="Kind">Part, Chapter or Section.</param>
/// <param name="Number">The number, e.g. "12", "12 a", "II".</param>
/// <param name="Title">The title; empty for a bare heading such as "3 luku".</param>
internal sealed record HeadingShape(HeadingKind Kind, string Number, string Title)
{
    private const string Letter = @"[a-zåäö]";
    private const string TitleTail = @"(?:\s*[.:–—-]?\s+(?<title>.+?)|\s*[.:–—-])?\s*";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Part = new(
        $@"^(?<num>\d{{1,3}}|[IVXLC]{{1,6}})\.?\s*(?:osa|OSA|Osa)(?=$|[\s.:–—]){TitleTail}$",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Chapter = new(
        $@"^(?<num>\d{{1,3}}(?:\s?{Letter})?)\.?\s*(?:luku|LUKU|Luku)(?=$|[\s.:–—]){TitleTail}$",
        RegexOptions.CultureInvariant, Timeout);

    // "12 §", "12 a §", "12§ Title", "12 §. Title"; the character after § must not start an inflection ("12 §:n").
    private static readonly Regex SectionNumberFirst = new(
        $@"^(?<num>\d{{1,4}}(?:\s?{Letter})?)\s*§(?!:\p{{L}})(?!\p{{L}}){TitleTail}$",
        RegexOptions.CultureInvariant, Timeout);

    // "§ 12", "§ 12 a Title", "§ 12. Title".
    private static readonly Regex SectionSignFirst = new(
        $@"^§\s*(?<num>\d{{1,4}}(?:\s?{Letter}(?!\p{{L}}))?)(?![\d:])(?:\.(?=\s|$))?{TitleTail}$",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>The longest title a heading line may have; a longer line is running text.</summary>
    public const int MaxTitleLength = 120;

    private const int MaxTitleWords = 16;

    /// <summary>Whether this heading has no title of its own ("3 luku", "12 §").</summary>
    public bool IsBare => Title.Length == 0;

    /// <summary>
    /// Recognises a Part, Chapter or Section heading in cleaned text. <paramref name="styled"/> says the
    /// block carries a heading style; an unstyled line must also look like a title (a capital first
    /// letter, short, not a sentence) to count.
    /// </summary>
    public static HeadingShape? Match(string text, bool styled)
    {
        if (text.Length == 0 || text.Length > MaxTitleLength + 20) return null;
        var shape = TryMatch(Part, HeadingKind.Part, text)
            ?? TryMatch(Chapter, HeadingKind.Chapter, text)
            ?? TryMatch(SectionNumberFirst, HeadingKind.Section, text)
            ?? TryMatch(SectionSignFirst, HeadingKind.Section, text);
        if (shape is null) return null;
        return styled || LooksLikeTitle(shape.Title) ? shape : null;
    }

    /// <summary>Whether a line can stand as a title under a bare heading, or as the title of an unstyled heading.</summary>
    public static bool LooksLikeTitle(string title)
    {
        if (title.Length == 0) return true;
        if (title.Length > MaxTitleLength) return false;
        if (!char.IsUpper(title[0]) && title[0] is not ('"' or '”' or '“' or '«' or '(')) return false;
        if (title.EndsWith('.') || title.EndsWith(',') || title.EndsWith(';') || title.EndsWith(':')) return false;
        if (title.Contains(". ", StringComparison.Ordinal)) return false;
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords;
    }

    private static HeadingShape? TryMatch(Regex regex, HeadingKind kind, string text)
    {
        var match = regex.Match(text);
        if (!match.Success) return null;
        return new HeadingShape(kind, NormaliseNumber(match.Groups["num"].Value), match.Groups["title"].Value.Trim());
    }

    // "12a" and "12 a" are the same section; the number is kept in the form "12 a".
    private static string NormaliseNumber(string number)
    {
        var trimmed = number.Replace(" ", "", StringComparison.Ordinal);
        var digits = trimmed.TakeWhile(char.IsDigit).Count();
        return digits > 0 && digits < trimmed.Length ? $"{trimmed[..digits]} {trimmed[digits..]}" : trimmed;
    }
}
