using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Reads "X:n alaisena / alaisuudessa Y" as a reporting line: Y is directly under X.</summary>
internal static class ReportingReader
{
    /// <summary>(subordinate, superior) pairs the clause states; <paramref name="holders"/> is the clause's subject when it has one.</summary>
    public static List<(NameMatch Subordinate, NameMatch Superior)> Read(Clause clause, IReadOnlyList<NameMatch> holders)
    {
        var lines = new List<(NameMatch, NameMatch)>();
        if (!clause.Has(FunctionWord.Subordinate)) return lines;
        for (var i = clause.First + 1; i < clause.Tokens.Count; i++)
        {
            if (!clause.Word(i).StartsWith("alai", StringComparison.Ordinal)
                || clause.Word(i) is not ("alaisena" or "alaisuudessa" or "alainen" or "alaisia" or "alaisina" or "alaisuuteen")) continue;
            if (clause.NameAt(i - 1) is { Case: GrammaticalCase.Genitive } superior) AddLines(clause, holders, i, superior, lines);
        }
        return lines;
    }

    private static void AddLines(Clause clause, IReadOnlyList<NameMatch> holders, int at, NameMatch superior, List<(NameMatch, NameMatch)> lines)
    {
        var relative = ClauseReader.RelativeClauseStart(clause);
        var subordinates = clause.Names.Where(n => n != superior && n.Case == GrammaticalCase.Nominative && (n.End <= relative) == (at < relative)).ToList();
        if (subordinates.Count == 0) subordinates = holders.Where(h => h.Id != superior.Id).ToList();
        foreach (var subordinate in subordinates)
            if (subordinate.Id != superior.Id) lines.Add((subordinate, superior));
    }
}
