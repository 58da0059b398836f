namespace GovRules.OrgCharts;

/// <summary>Which columns of a chart table hold the unit, its parent and its head; found from the header row.</summary>
internal sealed record TableColumns(int Name, int Parent, int? Head)
{
    private static readonly string[] NameHeaders = ["yksikkö", "unit", "nimi", "name", "toimielin tai yksikkö", "organisaatioyksikkö"];
    private static readonly string[] ParentHeaders = ["ylempi yksikkö", "esihenkilö-yksikkö", "esihenkilöyksikkö", "parent", "reports to", "ylempi", "alaisuudessa"];
    private static readonly string[] HeadHeaders = ["johtaja", "vastuuhenkilö", "head", "esihenkilö"];

    /// <summary>A human list of the accepted headers, for messages.</summary>
    public const string Accepted = "Yksikkö/Unit/Nimi/Name, Ylempi yksikkö/Esihenkilö-yksikkö/Parent/Reports to and optionally Johtaja/Vastuuhenkilö/Head";

    /// <summary>The columns of <paramref name="header"/>, or null when the unit or the parent column is missing.</summary>
    public static TableColumns? Find(IReadOnlyList<string> header)
    {
        var cells = header.Select(Normalise).ToList();
        var name = IndexOf(cells, NameHeaders);
        var parent = IndexOf(cells, ParentHeaders);
        if (name is null || parent is null || name == parent) return null;
        var head = IndexOf(cells, HeadHeaders);
        return new TableColumns(name.Value, parent.Value, head == name || head == parent ? null : head);
    }

    private static int? IndexOf(List<string> cells, string[] accepted)
    {
        for (var i = 0; i < cells.Count; i++)
            if (accepted.Contains(cells[i], StringComparer.Ordinal)) return i;
        return null;
    }

    private static string Normalise(string cell) =>
        string.Join(' ', cell.Replace("**", "", StringComparison.Ordinal).Trim().TrimEnd(':').ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
