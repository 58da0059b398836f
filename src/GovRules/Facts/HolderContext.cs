using GovRules.Documents;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>A holder named once and carried down to subjectless items: from a section title or a lead-in.</summary>
/// <param name="Holders">The holder names.</param>
/// <param name="Verb">The verb items inherit when they have none of their own.</param>
/// <param name="Qualifiers">Qualifiers of the lead-in ("laissa säädettyjen tehtävien lisäksi", "muun muassa").</param>
/// <param name="Location">Where the holder was named.</param>
internal sealed record HolderContext(IReadOnlyList<NameMatch> Holders, AssignmentVerb Verb, AssignmentQualifiers Qualifiers, SourceLocation Location)
{
    private static readonly HashSet<string> EmptyTaskWords = new(StringComparer.Ordinal)
    {
        "ja", "sekä", "tai", "muun", "muassa", "mm", "lisäksi", "myös", "seuraavista", "seuraavat", "seuraavaa", "seuraavia", "seuraavien", "seuraavasti", "asioista",
        "tehtävistä", "tehtävät", "osaltaan", "erityisesti", "esimerkiksi", "esim", "laissa", "säädettyjen", "tehtävien", "lakisääteisten", "muiden",
        "lain", "mukaisten", "erikseen", "säädettyjä", "tehtäviä", "hallintosäännössä", "muualla", "määrättyjen", "alueellaan", "alueella",
    };

    /// <summary>The holder a section title names: "12 § Pelastusjohtajan tehtävät", "Aluehallituksen toimivalta", or a title that is only a name.</summary>
    public static HolderContext? FromTitle(AnalyzedBlock heading)
    {
        var words = heading.Tokens.Where(t => t.IsWord).Select(t => t.Lower).ToList();
        if (heading.Names.Count == 0) return null;
        var name = heading.Names[0];
        var verb = words.Any(w => w.StartsWith("tehtäv", StringComparison.Ordinal)) ? AssignmentVerb.Tehtava
            : words.Any(w => w.Contains("toimivalta", StringComparison.Ordinal) || w.Contains("ratkaisuvalta", StringComparison.Ordinal) || w.Contains("päätösvalta", StringComparison.Ordinal))
                ? AssignmentVerb.Paattaa
            : words.Any(w => w.StartsWith("vastuu", StringComparison.Ordinal)) ? AssignmentVerb.Vastaa
            : (AssignmentVerb?)null;
        var onlyName = heading.Tokens.Count(t => t.IsWord) == heading.Names.Sum(n => n.Length) && name.Case == GrammaticalCase.Nominative;
        if (verb is null && !onlyName) return null;
        return new HolderContext([name], verb ?? AssignmentVerb.Tehtava, AssignmentQualifiers.None, heading.Block.Location);
    }

    /// <summary>Whether a task says nothing beyond qualifiers ("muun muassa", "seuraavista tehtävistä"): the clause only introduces items.</summary>
    public static bool IsEmptyTask(IReadOnlyList<Token> task)
    {
        for (var i = 0; i < task.Count; i++)
            if (task[i].IsWord && !EmptyTaskWords.Contains(task[i].Lower)) return false;
        return true;
    }
}
