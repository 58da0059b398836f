using System.Text;
using GovRules.OrgCharts;

namespace GovRules.Cli.Output;

/// <summary>Renders charts as indented trees: one node a line, its kind in brackets and its head after a dash.</summary>
internal static class OrgTextWriter
{
    public static string Write(IReadOnlyList<OrgChart> charts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            if (i > 0) text.Append('\n');
            var title = chart.Title is null ? "" : $": {chart.Title}";
            text.Append($"Organisaatiokaavio {i + 1}/{charts.Count}{title}\n");
            text.Append($"Lähde: {chart.SourceName} ({FormName(chart.Form)}), {chart.Walk().Count()} solmua\n");
            foreach (var root in chart.Roots) Append(text, root, 0);
        }
        return text.ToString();
    }

    /// <summary>One node's line without indentation, e.g. "Pelastuslaitos [yksikkö] — johtaja: Pelastusjohtaja".</summary>
    public static string Line(OrgNode node)
    {
        var line = new StringBuilder(node.Name);
        if (node.Kind != OrgNodeKind.Unknown) line.Append($" [{KindName(node.Kind)}]");
        if (node.IsAssistant) line.Append(" (avustava)");
        if (node.Head is not null) line.Append($" — johtaja: {node.Head}");
        return line.ToString();
    }

    private static void Append(StringBuilder text, OrgNode node, int depth)
    {
        text.Append(' ', depth * 2).Append(Line(node)).Append('\n');
        foreach (var child in node.Children) Append(text, child, depth + 1);
    }

    private static string KindName(OrgNodeKind kind) => kind switch
    {
        OrgNodeKind.Organ => "toimielin",
        OrgNodeKind.Post => "viranhaltija",
        OrgNodeKind.Unit => "yksikkö",
        _ => "tuntematon",
    };

    private static string FormName(OrgChartForm form) => form switch
    {
        OrgChartForm.SmartArt => "SmartArt",
        OrgChartForm.List => "sisäkkäinen luettelo",
        OrgChartForm.Table => "taulukko",
        _ => "YAML",
    };
}
