using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

/// <summary>
/// A chart reduced to what a user checks: every node as "parent > name", in chart order, with its head.
/// Two charts read from different forms of the same organisation must have the same shape.
/// </summary>
internal static class ChartShape
{
    /// <summary>One line per node: "Parent > Name" (roots as "> Name"), plus " | head" when there is one.</summary>
    public static string[] Of(OrgChart chart) =>
        chart.Walk().Select(p => $"{p.Parent?.Name} > {p.Node.Name}" + (p.Node.Head is null ? "" : $" | {p.Node.Head}")).ToArray();

    /// <summary>The tree as indented names, for readable expectations.</summary>
    public static string Outline(OrgChart chart)
    {
        var lines = new List<string>();
        foreach (var root in chart.Roots) Add(lines, root, 0);
        return string.Join("\n", lines);
    }

    private static void Add(List<string> lines, OrgNode node, int depth)
    {
        lines.Add(new string(' ', depth * 2) + node.Name + (node.IsAssistant ? " [asst]" : "") + (node.Head is null ? "" : $" ({node.Head})"));
        foreach (var child in node.Children) Add(lines, child, depth + 1);
    }
}
