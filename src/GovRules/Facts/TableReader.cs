using GovRules.Language;

namespace GovRules.Facts;

/// <summary>
/// Reads decision-power tables ("| Asia | Päättäjä |"): each row gives the decider(s) named in the decider
/// column a päättää assignment for the matter in the matter column.
/// </summary>
internal static class TableReader
{
    /// <summary>(matter cell, decider names) for each row of a decision-power table; nothing for other tables.</summary>
    public static IEnumerable<(string Matter, Token[] MatterTokens, List<NameMatch> Deciders)> Read(IReadOnlyList<IReadOnlyList<string>> rows, NameFinder names)
    {
        if (rows.Count < 2) yield break;
        var header = rows[0].Select(c => TextNormalizer.Fold(c)).ToList();
        var decider = header.FindIndex(IsDeciderHeader);
        if (decider < 0) yield break;
        var matter = header.FindIndex(c => !IsDeciderHeader(c) && (c.Contains("asia", StringComparison.Ordinal) || c.Contains("tehtävä", StringComparison.Ordinal) || c.Contains("päätös", StringComparison.Ordinal)));
        if (matter < 0) matter = decider == 0 ? 1 : 0;
        foreach (var row in rows.Skip(1))
        {
            if (row.Count <= Math.Max(decider, matter)) continue;
            var deciderTokens = Tokenizer.Tokenize(TextNormalizer.Normalize(row[decider]));
            var deciders = names.Find(deciderTokens);
            if (deciders.Count == 0) continue;
            var text = TextNormalizer.Normalize(row[matter]);
            yield return (text, Tokenizer.Tokenize(text), deciders);
        }
    }

    private static bool IsDeciderHeader(string cell) =>
        cell.Contains("päättäjä", StringComparison.Ordinal) || cell.Contains("päättää", StringComparison.Ordinal) || cell.Contains("ratkaisija", StringComparison.Ordinal)
        || cell.Contains("toimivaltainen", StringComparison.Ordinal) || cell.Contains("päätösvalta", StringComparison.Ordinal) || cell.Contains("toimivalta", StringComparison.Ordinal)
        || cell.Contains("päätöksentekijä", StringComparison.Ordinal);
}
