namespace GovRules.Language;

/// <summary>The Finnish cases the extractor distinguishes.</summary>
internal enum GrammaticalCase
{
    /// <summary>Subject case: "pelastusjohtaja", "lautakunnat".</summary>
    Nominative,

    /// <summary>"pelastusjohtajan", "lautakuntien".</summary>
    Genitive,

    /// <summary>"pelastuslaitosta".</summary>
    Partitive,

    /// <summary>"aluehallitukselle": a recipient.</summary>
    Allative,

    /// <summary>"pelastusjohtajalla": a possessor ("X:llä on vastuu").</summary>
    Adessive,

    /// <summary>"järjestämisestä": the matter of vastaa / päättää.</summary>
    Elative,

    /// <summary>"vastuutahona": a role (toimii + essive).</summary>
    Essive,

    /// <summary>Any other case (inessive, illative, ablative, translative, …).</summary>
    Other,
}

/// <summary>Tells the case from the ending a word carries after its stem.</summary>
internal static class FinnishCases
{
    private static readonly string[] Possessives = ["nsa", "nsä", "mme", "nne", "ni", "si"];

    /// <summary>The case of an ending found by the analyser; <paramref name="plural"/> when the stem was a plural stem.</summary>
    public static GrammaticalCase FromEnding(string ending, bool plural)
    {
        var e = StripClitic(ending);
        if (e.Length == 0 || (e == "t" && !plural)) return plural ? GrammaticalCase.Other : GrammaticalCase.Nominative;
        if (e is "n" or "den" or "ten" or "tten" or "iden" or "itten" || (plural && e == "en")) return GrammaticalCase.Genitive;
        foreach (var possessive in Possessives)
            if (e.Length > possessive.Length && e.EndsWith(possessive, StringComparison.Ordinal)) { e = e[..^possessive.Length]; break; }
        return e switch
        {
            "lle" => GrammaticalCase.Allative,
            "lla" or "llä" => GrammaticalCase.Adessive,
            "sta" or "stä" => GrammaticalCase.Elative,
            "na" or "nä" => GrammaticalCase.Essive,
            "a" or "ä" or "ta" or "tä" or "tta" or "ttä" or "ja" or "jä" or "ita" or "itä" or "ia" or "iä" => GrammaticalCase.Partitive,
            _ => GrammaticalCase.Other,
        };
    }

    private static string StripClitic(string ending)
    {
        foreach (var clitic in (string[])["kin", "kaan", "kään"])
            if (ending.EndsWith(clitic, StringComparison.Ordinal)) return ending[..^clitic.Length];
        return ending;
    }
}
