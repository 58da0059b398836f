namespace GovRules.Language;

/// <summary>The head of an unknown name ("pelastuslautakunnan" → lautakunta), where it starts in the word, and the word's case and number.</summary>
internal readonly record struct NameHead(string Head, int Start, GrammaticalCase Case, bool Plural)
{
    /// <summary>The name's base form: the word's own first part and the head ("pelastuslautakunta"); set by the matcher.</summary>
    public string Id { get; init; } = Head;
}

/// <summary>Per-word answers of the analyser that names, suspended hyphens and task terms ask again and again, each worked out once.</summary>
internal sealed partial class LexiconMatcher
{
    private readonly List<string> nameHeadWords;
    private readonly IReadOnlyList<LexiconHead> allHeads;

    // The organ, post or unit head the word ends with (the earliest-starting, i.e. longest, one), where it starts and the word's case.
    private NameHead? ComputeNameHead(string word)
    {
        NameHead? best = null;
        foreach (var head in nameHeadWords)
            if (analyzer.EndsWithFormOf(word, head, out var start) && (best is null || start < best.Value.Start)) best = new NameHead(head, start, default, false);
        if (best is not { } found) return null;
        analyzer.TryGetCase(word[found.Start..], found.Head, out var grammaticalCase, out var plural);
        return found with { Case = grammaticalCase, Plural = plural, Id = word[..found.Start] + found.Head };
    }

    // The case and number of a phrase whose last word matched the pattern (the caller caches it on the word).
    private (GrammaticalCase Case, bool Plural) PhraseCaseOf(string word, WordPattern pattern)
    {
        if (pattern.Mode == WordMatchMode.CompoundHead && analyzer.EndsWithFormOf(word, pattern.Base, out var headStart)) word = word[headStart..];
        analyzer.TryGetCase(word, pattern.Base, out var grammaticalCase, out var plural);
        return (pattern.Mode == WordMatchMode.Prefix ? GrammaticalCase.Other : grammaticalCase, plural);
    }

    /// <summary>
    /// Where the head shared by suspended compounds starts in the last word of the chain ("ja vammaisneuvostot" → 7),
    /// when expanding is wanted: always for a task head, for a name head only in the plural (a singular name is one body); cached on the word.
    /// </summary>
    public int? SuspendedHeadOf(Token last)
    {
        var analysis = AnalysisOf(last.Word);
        if (analysis.SuspendedHead == WordAnalysis.NotYet) analysis.SuspendedHead = ComputeSuspendedHead(last.Lower) ?? WordAnalysis.None;
        return analysis.SuspendedHead == WordAnalysis.None ? null : analysis.SuspendedHead;
    }

    private int? ComputeSuspendedHead(string word)
    {
        int? best = null;
        foreach (var (head, kind) in allHeads)
        {
            if (!analyzer.EndsWithFormOf(word, head, out var start) || start == 0) continue;
            if (kind != TermKind.Task && !(analyzer.TryGetCase(word[start..], head, out _, out var plural) && plural)) continue;
            if (best is null || start < best) best = start;
        }
        return best;
    }
}
