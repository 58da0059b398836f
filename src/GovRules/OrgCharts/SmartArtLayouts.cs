namespace GovRules.OrgCharts;

/// <summary>
/// Decides from a SmartArt layout id whether the diagram is a tree. Word's organisation-chart and
/// hierarchy layouts (orgChart1, hierarchy1–6, the 2008 Name-and-Title, Half-Circle and Picture org
/// charts, horizontal hierarchies) all carry "orgChart", "OrganizationChart" or "hierarchy" in their id.
/// </summary>
internal static class SmartArtLayouts
{
    private static readonly string[] TreeMarkers = ["orgchart", "organizationchart", "organizationalchart", "hierarchy"];

    private static readonly (string Marker, string Family)[] Families =
    [
        ("process", "a process diagram"), ("arrow", "a process diagram"), ("chevron", "a process diagram"),
        ("cycle", "a cycle diagram"), ("radial", "a cycle diagram"), ("gear", "a cycle diagram"),
        ("pyramid", "a pyramid"), ("matrix", "a matrix"), ("venn", "a relationship diagram"),
        ("target", "a relationship diagram"), ("equation", "a relationship diagram"),
        ("funnel", "a relationship diagram"), ("balance", "a relationship diagram"),
        ("list", "a list diagram"), ("default", "a block list diagram"), ("picture", "a picture diagram"),
    ];

    public static bool IsTree(string layoutId)
    {
        var id = layoutId.ToLowerInvariant();
        return TreeMarkers.Any(m => id.Contains(m, StringComparison.Ordinal));
    }

    /// <summary>The short layout name as Word's id ends, e.g. "process1" for ".../layout/process1".</summary>
    public static string ShortName(string layoutId)
    {
        var id = layoutId.Split('#')[0].TrimEnd('/');
        var slash = id.LastIndexOf('/');
        var name = slash >= 0 ? id[(slash + 1)..] : id;
        return name.Length == 0 ? "(unnamed)" : name;
    }

    /// <summary>What kind of diagram a non-tree layout draws, for the refusal message.</summary>
    public static string Family(string layoutId)
    {
        var name = ShortName(layoutId).ToLowerInvariant();
        foreach (var (marker, family) in Families)
            if (name.Contains(marker, StringComparison.Ordinal)) return family;
        return "not a hierarchy";
    }
}
