using System.Collections.Concurrent;

namespace GovRules.Language;

/// <summary>
/// The built-in analyser: no dictionary, no native code. A base form is expanded once into its stems
/// (<see cref="StemSet"/>); a word is a form of it when it is a stem plus a valid ending combination.
/// </summary>
internal sealed class FinnishStemmer : IFinnishAnalyzer
{
    private static readonly string[] StripEndings =
    [
        "itten", "iden", "ista", "istä", "issa", "issä", "illa", "illä", "ilta", "iltä", "ille", "iksi", "ihin",
        "seen", "sta", "stä", "ssa", "ssä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta", "ttä",
        "ien", "jen", "den", "ten", "ita", "itä", "na", "nä", "ta", "tä", "n", "t",
    ];

    private static readonly (string From, string To)[] StemRepairs =
    [
        ("ise", "inen"), ("isi", "inen"), ("uude", "uus"), ("yyde", "yys"), ("ukse", "us"), ("ykse", "ys"), ("ukselle", "us"),
    ];

    private readonly ConcurrentDictionary<string, StemSet> stems = new(StringComparer.Ordinal);

    /// <summary>The shared instance.</summary>
    public static FinnishStemmer Instance { get; } = new();

    /// <inheritdoc/>
    public bool IsFormOf(string word, string baseForm) => Ending(word, baseForm, out _, out _);

    /// <inheritdoc/>
    public bool EndsWithFormOf(string word, string head, out int headStart)
    {
        headStart = -1;
        var set = StemsOf(head);
        if (set.CommonPrefix.Length > 0 && !word.Contains(set.CommonPrefix, StringComparison.Ordinal)) return false;
        foreach (var stem in set.Singular.Concat(set.Plural))
        {
            for (var p = word.LastIndexOf(stem, StringComparison.Ordinal); p >= 0; p = p == 0 ? -1 : word.LastIndexOf(stem, p - 1, StringComparison.Ordinal))
            {
                if ((p == 1 && word[0] != '-') || !FinnishEndings.Spans.Contains(word.AsSpan(p + stem.Length))) continue;
                headStart = p;
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public bool TryGetCase(string word, string baseForm, out GrammaticalCase grammaticalCase, out bool plural)
    {
        grammaticalCase = GrammaticalCase.Other;
        if (!Ending(word, baseForm, out var ending, out plural)) return false;
        grammaticalCase = FinnishCases.FromEnding(ending, plural);
        if (!plural && ending.StartsWith('t') && grammaticalCase == GrammaticalCase.Nominative) plural = true;
        return true;
    }

    /// <inheritdoc/>
    public string Stem(string word)
    {
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0) return word[..colon];
        var stem = word;
        foreach (var clitic in (string[])["kin", "kaan", "kään"])
            if (stem.Length > clitic.Length + 4 && stem.EndsWith(clitic, StringComparison.Ordinal)) stem = stem[..^clitic.Length];
        foreach (var possessive in (string[])["nsa", "nsä"])
            if (stem.Length > 7 && stem.EndsWith(possessive, StringComparison.Ordinal)) stem = stem[..^possessive.Length];
        foreach (var ending in StripEndings)
        {
            if (stem.Length - ending.Length < 4 || !stem.EndsWith(ending, StringComparison.Ordinal)) continue;
            stem = stem[..^ending.Length];
            break;
        }
        foreach (var (from, to) in StemRepairs)
            if (stem.Length > from.Length + 2 && stem.EndsWith(from, StringComparison.Ordinal)) return stem[..^from.Length] + to;
        return stem;
    }

    /// <summary>The stems of a base form, computed once.</summary>
    public StemSet StemsOf(string baseForm) => stems.GetOrAdd(baseForm, StemSet.Of);

    // Finds how word = stem + ending for the base form.
    private bool Ending(string word, string baseForm, out string ending, out bool plural)
    {
        ending = "";
        plural = false;
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            ending = word[(colon + 1)..];
            return colon == baseForm.Length && string.CompareOrdinal(word, 0, baseForm, 0, colon) == 0
                && FinnishEndings.All.Contains(ending);
        }
        if (word.Length < baseForm.Length - 2) return false;
        var set = StemsOf(baseForm);
        if (!word.StartsWith(set.CommonPrefix, StringComparison.Ordinal)) return false;
        if (Match(set.Singular, word, out ending)) return true;
        plural = Match(set.Plural, word, out ending);
        return plural;
    }

    private static bool Match(IReadOnlyList<string> candidates, string word, out string ending)
    {
        foreach (var stem in candidates)
        {
            if (!word.StartsWith(stem, StringComparison.Ordinal) || !FinnishEndings.Spans.Contains(word.AsSpan(stem.Length))) continue;
            ending = word[stem.Length..];
            return true;
        }
        ending = "";
        return false;
    }
}
