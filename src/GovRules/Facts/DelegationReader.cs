using GovRules.Language;

namespace GovRules.Facts;

/// <summary>
/// Reads delegation wording (phrasing guide §4): siirtää / delegoida + toimivaltaa / päätösvaltaa + an
/// allative recipient; "edelleen" with a negation forbids further delegation. Passive sentences
/// ("Toimivaltaa siirretään …") name no delegator and give no delegation.
/// </summary>
internal static class DelegationReader
{
    private static readonly string[] Instruments =
    [
        "hallintosäännön määräyksin", "hallintosäännön määräyksellä", "hallintosäännöllä", "hallintosäännössä",
        "toimintasäännöllä", "toimintasäännössä", "omilla päätöksillään", "omilla päätöksillä", "päätöksellään",
        "delegointipäätöksellä", "delegointipäätöksellään", "erillisellä päätöksellä", "kirjallisella päätöksellä",
    ];

    /// <summary>The delegation the clause makes, if any; <paramref name="contextHolders"/> is the holder carried to a subjectless item.</summary>
    public static (List<NameMatch> From, NameMatch? To, string Scope, List<Token> ScopeTokens, Redelegation Redelegation, string? Instrument)? Read(
        Clause clause, IReadOnlyList<NameMatch> contextHolders)
    {
        if (!clause.Has(FunctionWord.DelegationVerb)) return null;
        var verb = -1;
        for (var i = clause.First; i < clause.Tokens.Count && verb < 0; i++)
            if (clause.Is(i, FunctionWord.DelegationVerb) && clause.NameAt(i) is null) verb = i;
        if (verb < 0) return null;
        var from = clause.Names.Where(n => n.End <= verb && n.Case == GrammaticalCase.Nominative).ToList();
        if (from.Count == 0 && clause.Names.FirstOrDefault(n => n.Start > verb && n.Case == GrammaticalCase.Nominative) is { } after) from.Add(after);
        if (from.Count == 0) from.AddRange(contextHolders);
        if (from.Count == 0) return null;
        var to = clause.Names.FirstOrDefault(n => n.Case == GrammaticalCase.Allative && from.All(f => f.Id != n.Id));
        var scope = new List<Token>();
        for (var i = verb + 1; i < clause.Tokens.Count; i++)
            if ((to is null || i < to.Start || i >= to.End) && !from.Any(f => ReferenceEquals(clause.NameAt(i), f))) scope.Add(clause.Tokens[i]);
        while (scope.Count > 0 && !scope[^1].IsWord) scope.RemoveAt(scope.Count - 1);
        var redelegation = !Says(clause, "edelleen") ? Redelegation.Unspecified
            : Says(clause, "ei") || Says(clause, "eikä") || Says(clause, "ei-") ? Redelegation.Forbidden : Redelegation.Allowed;
        var lower = TextNormalizer.Fold(clause.Text);
        var instrument = Instruments.FirstOrDefault(i => lower.Contains(i, StringComparison.Ordinal));
        return (from, to, TokenText.Join(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scope)), scope, redelegation, instrument);
    }

    private static bool Says(Clause clause, string word)
    {
        foreach (var token in clause.Tokens.Span)
            if (token.Lower == word) return true;
        return false;
    }

    /// <summary>Whether the lower-case word is a form of siirtää or delegoida that makes a delegation.</summary>
    internal static bool IsDelegationVerb(string word) =>
        word.Length >= 7 && word[0] is 's' or 'd'
        && word is "siirtää" or "siirtävät" or "delegoida" or "delegoi" or "delegoivat" or "siirtämällä" or "siirtämään";
}
