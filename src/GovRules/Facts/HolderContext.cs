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
    /// <summary>The holder a section title names: "12 § Pelastusjohtajan tehtävät", "Aluehallituksen toimivalta", or a title that is only a name.</summary>
    public static HolderContext? FromTitle(AnalyzedBlock heading)
    {
        if (heading.Names.Count == 0) return null;
        var name = heading.Names[0];
        var verb = TitleVerb(heading.Tokens);
        var nameWords = 0;
        foreach (var found in heading.Names) nameWords += found.Length;
        var onlyName = TokenSpans.CountWords(heading.Tokens) == nameWords && name.Case == GrammaticalCase.Nominative;
        if (verb is null && !onlyName) return null;
        return new HolderContext([name], verb ?? AssignmentVerb.Tehtava, AssignmentQualifiers.None, heading.Block.Location);
    }

    // "… tehtävät" → tehtävä; "… toimivalta / ratkaisuvalta / päätösvalta" → päättää; "… vastuu" → vastaa; the first kind that any word has, in that order.
    private static AssignmentVerb? TitleVerb(ReadOnlySpan<Token> tokens)
    {
        AssignmentVerb? verb = null;
        foreach (var token in tokens)
        {
            if (!token.IsWord) continue;
            var word = token.Lower;
            if (word.StartsWith("tehtäv", StringComparison.Ordinal)) return AssignmentVerb.Tehtava;
            if (word.Contains("toimivalta", StringComparison.Ordinal) || word.Contains("ratkaisuvalta", StringComparison.Ordinal) || word.Contains("päätösvalta", StringComparison.Ordinal))
                verb = AssignmentVerb.Paattaa;
            else if (verb is null && word.StartsWith("vastuu", StringComparison.Ordinal)) verb = AssignmentVerb.Vastaa;
        }
        return verb;
    }

    /// <summary>Whether a task says nothing beyond qualifiers ("muun muassa", "seuraavista tehtävistä"): the clause only introduces items.</summary>
    public static bool IsEmptyTask(ReadOnlySpan<Token> task)
    {
        for (var i = 0; i < task.Length; i++)
            if (task[i].IsWord && !FunctionWords.Is(task[i], FunctionWord.EmptyTask)) return false;
        return true;
    }
}
