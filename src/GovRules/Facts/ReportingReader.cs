using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Reads "X:n alaisena / alaisuudessa Y" as a reporting line: Y is directly under X.</summary>
internal static class ReportingReader
{
    /// <summary>(subordinate, superior) pairs the clause states; <paramref name="holders"/> is the clause's subject when it has one.</summary>
    public static IEnumerable<(NameMatch Subordinate, NameMatch Superior)> Read(Clause clause, IReadOnlyList<NameMatch> holders)
    {
        for (var i = clause.First + 1; i < clause.Tokens.Count; i++)
        {
            if (clause.Word(i) is not ("alaisena" or "alaisuudessa" or "alainen" or "alaisia" or "alaisina" or "alaisuuteen")) continue;
            var superior = clause.NameAt(i - 1);
            if (superior is null || superior.Case != GrammaticalCase.Genitive) continue;
            var relative = ClauseReader.RelativeClauseStart(clause);
            var subordinates = clause.Names.Where(n => n != superior && n.Case == GrammaticalCase.Nominative && (n.End <= relative) == (i < relative)).ToList();
            if (subordinates.Count == 0) subordinates = holders.Where(h => h.Id != superior.Id).ToList();
            foreach (var subordinate in subordinates)
                if (subordinate.Id != superior.Id) yield return (subordinate, superior);
        }
    }
}
