using GovRules.Documents;

namespace GovRules.OrgCharts;

/// <summary>
/// Reads a SmartArt hierarchy into a chart: node and asst points are the boxes, parOf connections the
/// reporting lines (ordered by srcOrd), the first text line the name and the second the head.
/// </summary>
internal static class SmartArtChartReader
{
    private static readonly HashSet<string> BoxTypes = new(StringComparer.OrdinalIgnoreCase) { "node", "asst" };

    /// <param name="diagram">A diagram whose layout <see cref="SmartArtLayouts.IsTree"/> accepted.</param>
    /// <param name="sourceName">The document the diagram stands in.</param>
    /// <param name="number">The diagram's 1-based number among the document's diagrams, for sources.</param>
    /// <param name="title">The heading above the diagram, if any.</param>
    public static OrgChart Read(DiagramData diagram, string sourceName, int number, string? title)
    {
        var points = diagram.Points.GroupBy(p => p.ModelId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var links = diagram.Connections
            .Where(c => string.Equals(c.Type, "parOf", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var childrenOf = links
            .Where(c => points.TryGetValue(c.DestinationId, out var d) && BoxTypes.Contains(d.Type))
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.SourceOrder).Select(c => points[c.DestinationId]).ToList(), StringComparer.Ordinal);
        var hasBoxParent = links
            .Where(c => points.TryGetValue(c.SourceId, out var s) && BoxTypes.Contains(s.Type))
            .Select(c => c.DestinationId)
            .ToHashSet(StringComparer.Ordinal);

        var source = $"{sourceName}, SmartArt {number}";
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var roots = new List<NodeDraft>();
        var topLevel = diagram.Points
            .Where(p => string.Equals(p.Type, "doc", StringComparison.OrdinalIgnoreCase))
            .SelectMany(doc => childrenOf.GetValueOrDefault(doc.ModelId) ?? [])
            .Concat(diagram.Points.Where(p => BoxTypes.Contains(p.Type) && !hasBoxParent.Contains(p.ModelId)));
        foreach (var point in topLevel)
            roots.AddRange(Build(point, childrenOf, visited, source));
        return new OrgChart
        {
            SourceName = sourceName,
            Form = OrgChartForm.SmartArt,
            Title = title,
            Roots = roots.Select(r => r.Freeze()).ToArray(),
        };
    }

    // Returns the drafts that take this point's place: the node itself, or — for a box left empty
    // (Word's "[Text]" placeholder) — its children lifted to its parent.
    private static IEnumerable<NodeDraft> Build(DiagramPoint point, Dictionary<string, List<DiagramPoint>> childrenOf,
        HashSet<string> visited, string source)
    {
        if (!visited.Add(point.ModelId)) return [];
        var children = childrenOf.TryGetValue(point.ModelId, out var list)
            ? list.SelectMany(c => Build(c, childrenOf, visited, source)).ToList()
            : [];
        var text = NodeLabel.Split(point.Lines);
        if (text.Name.Length == 0) return children;
        var isAssistant = text.IsAssistant || string.Equals(point.Type, "asst", StringComparison.OrdinalIgnoreCase);
        var draft = new NodeDraft(text.Name, text.Head, source) { IsAssistant = isAssistant };
        draft.Children.AddRange(children);
        return [draft];
    }
}
