namespace GovRules.Language;

/// <summary>The inflectional endings a nominal stem may take: case (+ plural) × possessive suffix × clitic.</summary>
internal static class FinnishEndings
{
    private static readonly string[] CaseEndings =
    [
        "", "n", "t", "a", "ä", "ta", "tä", "tta", "ttä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä",
        "lla", "llä", "lta", "ltä", "lle", "ne", "ine", "tse",
        "an", "en", "in", "on", "un", "yn", "än", "ön", "han", "hen", "hin", "hon", "hun", "hyn", "hän", "hön", "seen", "siin",
        "den", "tten", "ten", "iden", "itten", "ja", "jä", "ita", "itä", "ia", "iä", "ihin",
    ];

    private static readonly string[] Possessives = ["", "ni", "si", "nsa", "nsä", "mme", "nne", "an", "en", "än"];

    private static readonly string[] Clitics = ["", "kin", "kaan", "kään", "ko", "kö", "han", "hän", "pa", "pä"];

    /// <summary>Every ending combination; membership is the whole test.</summary>
    public static readonly HashSet<string> All = Build();

    /// <summary>The same set, looked up by span so that no substring is allocated per test.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans = All.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> Build()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ending in CaseEndings)
            foreach (var possessive in Possessives)
                foreach (var clitic in Clitics)
                    all.Add(ending + possessive + clitic);
        return all;
    }
}
