using GovRules.Documents;

namespace GovRules.OrgCharts;

/// <summary>
/// Reads a table "Yksikkö | Ylempi yksikkö | Johtaja" (columns in any order, Finnish or English
/// headers) into a chart: a row with an empty parent is a root; rows keep their order among siblings.
/// </summary>
internal static class TableChartReader
{
    /// <summary>Whether the table's first row names the unit and parent columns.</summary>
    public static bool IsChartTable(Block table) =>
        table.Rows is { Count: > 0 } rows && TableColumns.Find(rows[0]) is not null;

    /// <param name="table">A table block for which <see cref="IsChartTable"/> holds.</param>
    /// <param name="sourceName">The document the table stands in.</param>
    /// <param name="title">The heading above the table, if any.</param>
    public static OrgChart Read(Block table, string sourceName, string? title)
    {
        var rows = table.Rows ?? [];
        var columns = rows.Count > 0 ? TableColumns.Find(rows[0]) : null;
        if (columns is null)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.UnrecognisedTable,
                $"the table has no recognisable columns (expected {TableColumns.Accepted})");
        var entries = new List<(NodeDraft Node, string Parent)>();
        for (var i = 1; i < rows.Count; i++)
        {
            var text = NodeLabel.Split(Cell(rows[i], columns.Name));
            if (text.Name.Length == 0) continue;
            var head = columns.Head is int h ? Cell(rows[i], h) : "";
            var node = new NodeDraft(text.Name, head.Length == 0 ? text.Head : head, $"{sourceName}, {table.Location.Citation}, rivi {i + 1}")
            {
                IsAssistant = text.IsAssistant,
            };
            entries.Add((node, Cell(rows[i], columns.Parent)));
        }
        if (entries.Count == 0)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree, "the organisation chart table has no rows below its header");
        var roots = Link(entries, sourceName);
        return new OrgChart
        {
            SourceName = sourceName,
            Form = OrgChartForm.Table,
            Title = title,
            Roots = roots.Select(r => r.Freeze()).ToArray(),
        };
    }

    private static List<NodeDraft> Link(List<(NodeDraft Node, string Parent)> entries, string sourceName)
    {
        var byName = entries.GroupBy(e => Key(e.Node.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Node).ToList(), StringComparer.Ordinal);
        var roots = new List<NodeDraft>();
        foreach (var (node, parentName) in entries)
        {
            if (parentName.Length == 0)
            {
                roots.Add(node);
                continue;
            }
            if (!byName.TryGetValue(Key(parentName), out var parents))
                throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree,
                    $"the row \"{node.Name}\" names the parent \"{parentName}\", which is not a unit of the table");
            if (parents.Count > 1)
                throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree,
                    $"the row \"{node.Name}\" names the parent \"{parentName}\", which appears {parents.Count} times in the table");
            parents[0].Children.Add(node);
        }
        var reached = new HashSet<NodeDraft>();
        var stack = new Stack<NodeDraft>(roots);
        while (stack.Count > 0)
            foreach (var child in Mark(stack.Pop(), reached)) stack.Push(child);
        var unreached = entries.Select(e => e.Node).FirstOrDefault(n => !reached.Contains(n));
        if (unreached is not null)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree,
                $"the parents of \"{unreached.Name}\" form a cycle, so the table is not a tree");
        return roots;
    }

    private static IEnumerable<NodeDraft> Mark(NodeDraft node, HashSet<NodeDraft> reached) =>
        reached.Add(node) ? node.Children : [];

    private static string Cell(IReadOnlyList<string> row, int column) =>
        column < row.Count ? row[column].Replace("**", "", StringComparison.Ordinal).Trim() : "";

    private static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
