using GovRules.Documents;
using GovRules.Facts;

namespace GovRules.Engine;

/// <summary>
/// Detects a county's profiles from its draft, so that a bilingual county that forgot to declare
/// `kaksikielinen` is still checked as one — and the report says the profile was detected, and why.
/// Only unambiguous signs count: a body that exists only in such a county, or running text in Swedish.
/// </summary>
internal static class ProfileDetector
{
    private static readonly (string Profile, string Term, string Sign)[] Signs =
    [
        ("kaksikielinen", "kansalliskielilautakunta", "kansalliskielilautakunta"),
        ("lappi", "saamen kielen lautakunta", "saamen kielen lautakunta"),
        ("yliopistosairaala", "yliopistosairaala ylläpitää", "yliopistosairaalan ylläpito"),
        ("yhteinen-pelastuslaitos", "yhteinen pelastuslaitos", "yhteinen pelastuslaitos"),
    ];

    private static readonly HashSet<string> SwedishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "att", "som", "för", "är", "det", "med", "av", "på", "till", "den", "inte", "ska", "enligt", "eller",
    };

    /// <summary>The profiles the draft shows, each with the place that gave it away.</summary>
    public static IReadOnlyList<DetectedProfile> Detect(FactBase facts)
    {
        var detected = new List<DetectedProfile>();
        foreach (var (profile, term, sign) in Signs)
        {
            var where = facts.MentionsOf(term).FirstOrDefault();
            if (where is not null) detected.Add(new DetectedProfile(profile, $"{sign}: {where.Citation}"));
        }
        var swedish = facts.Document.Blocks.FirstOrDefault(IsSwedish);
        if (swedish is not null && detected.All(d => d.Name != "kaksikielinen"))
            detected.Add(new DetectedProfile("kaksikielinen", $"ruotsinkielistä tekstiä / text in Swedish: {swedish.Location.Citation}"));
        return detected;
    }

    /// <summary>The declared profiles together with the detected ones.</summary>
    public static IReadOnlyList<string> Active(IEnumerable<string> declared, IEnumerable<DetectedProfile> detected) =>
        declared.Concat(detected.Select(d => d.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    // A running sentence in Swedish, not a Swedish name in parentheses: several Swedish function words.
    private static bool IsSwedish(Block block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem)) return false;
        var words = block.Text.Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 6 && words.Count(SwedishWords.Contains) * 5 >= words.Length;
    }
}
