using System.Buffers;

namespace GovRules.Facts;

/// <summary>A piece of a block that is read on its own: a sentence, or the part after a lead-in colon or between semicolons.</summary>
/// <param name="Start">The offset of the clause in the block text.</param>
/// <param name="End">The offset just after the clause.</param>
/// <param name="EndsWithColon">Whether the clause introduces what follows ("Aluehallitus laissa säädettyjen tehtävien lisäksi:").</param>
internal readonly record struct ClauseText(int Start, int End, bool EndsWithColon);

/// <summary>Splits block text into clauses at sentence ends, lead-in colons and list semicolons; abbreviations (mm., esim., ns.) never end a sentence.</summary>
internal static class ClauseSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mm", "esim", "ns", "n", "s", "ym", "yms", "jne", "mom", "kohd", "v", "tms", "em", "ks", "nk", "ml", "vrt", "so", "eli", "ao", "asianom", "huom", "kpl", "puh", "klo", "ed", "lk", "tark", "nro",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // The characters the splitter looks at; everything between them is skipped with a vectorised search.
    private static readonly SearchValues<char> Marks = SearchValues.Create("();:.!?");

    /// <summary>The clauses of <paramref name="text"/> in order.</summary>
    public static List<ClauseText> Split(string text)
    {
        var clauses = new List<ClauseText>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            var end = c switch
            {
                ';' => depth == 0,
                ':' => depth == 0 && IsLeadInColon(text, i),
                '.' or '!' or '?' => IsSentenceEnd(text, i),
                _ => false,
            };
            if (!end) continue;
            Add(clauses, text, start, i + 1, c == ':');
            start = i + 1;
        }
        if (start < text.Length) Add(clauses, text, start, text.Length, false);
        return clauses;
    }

    private static void Add(List<ClauseText> clauses, string text, int start, int end, bool colon)
    {
        if (!text.AsSpan(start, end - start).Trim().IsEmpty) clauses.Add(new ClauseText(start, end, colon));
    }

    // "X:n" is an abbreviation's ending, not a colon; a lead-in colon is followed by a space or the end.
    private static bool IsLeadInColon(string text, int i) => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);

    private static bool IsSentenceEnd(string text, int i)
    {
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) return false;
        var next = i + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next < text.Length && !char.IsUpper(text[next])) return false;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 0) return true;
        if (char.IsDigit(word[0])) return next >= text.Length;
        return !AbbreviationsBySpan.Contains(word);
    }
}
