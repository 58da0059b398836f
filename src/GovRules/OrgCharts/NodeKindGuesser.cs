namespace GovRules.OrgCharts;

/// <summary>
/// Guesses what a chart node stands for from its Finnish name when the source does not say. Finnish
/// compounds put the head word last ("hyvinvointialuejohtaja", "Terveys ja turvallisuus -toimialajohtaja"),
/// so the suffix of the last word decides; parenthesised additions (a Swedish name) are ignored.
/// </summary>
internal static class NodeKindGuesser
{
    private static readonly (string Suffix, OrgNodeKind Kind)[] Suffixes = BuildSuffixes();

    public static OrgNodeKind Guess(string name)
    {
        var lastWord = LastWord(name);
        if (lastWord.Length == 0) return OrgNodeKind.Unknown;
        foreach (var (suffix, kind) in Suffixes)
            if (lastWord.EndsWith(suffix, StringComparison.Ordinal)) return kind;
        return OrgNodeKind.Unknown;
    }

    private static string LastWord(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var text = (open > 0 ? name[..open] : name).Trim().ToLowerInvariant();
        var space = text.LastIndexOfAny([' ', '\t', '\n']);
        return (space >= 0 ? text[(space + 1)..] : text).Trim('-', '–', '.', ',', ';', ':');
    }

    // Longest suffix first, so that "ylilääkäri" or "toimikunta" win over shorter endings.
    private static (string, OrgNodeKind)[] BuildSuffixes()
    {
        string[] organs = ["valtuusto", "hallitus", "lautakunta", "jaosto", "neuvosto", "toimikunta", "valiokunta", "toimielin"];
        string[] posts = ["johtaja", "päällikkö", "lääkäri", "ylilääkäri", "komentaja", "ylihoitaja", "asiamies", "esihenkilö"];
        string[] units = ["laitos", "palvelut", "alue", "yksikkö", "toimiala", "palvelulinja", "linja", "keskus",
            "kokonaisuus", "toimi", "osasto", "esikunta", "sairaala", "toimisto", "tulosalue"];
        return organs.Select(s => (s, OrgNodeKind.Organ))
            .Concat(posts.Select(s => (s, OrgNodeKind.Post)))
            .Concat(units.Select(s => (s, OrgNodeKind.Unit)))
            .OrderByDescending(p => p.s.Length)
            .ToArray();
    }
}
