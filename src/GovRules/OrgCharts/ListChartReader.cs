using GovRules.Documents;

namespace GovRules.OrgCharts;

/// <summary>
/// Reads a nested bulleted or numbered list into a chart: the list level is the depth, each item the
/// child of the nearest preceding item one level up. An item that skips levels hangs from the nearest
/// shallower item, as a reader of the printed list would see it.
/// </summary>
internal static class ListChartReader
{
    /// <param name="items">Consecutive list-item blocks, in body order.</param>
    /// <param name="sourceName">The document the list stands in.</param>
    /// <param name="title">The heading above the list, if any.</param>
    public static OrgChart Read(IReadOnlyList<Block> items, string sourceName, string? title)
    {
        if (items.Count == 0)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree, "the organisation chart list has no items");
        if (items.Count(IsSentence) * 2 > items.Count)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree,
                "the list reads as running text (its items are sentences, not names of organs, posts or units)");
        var baseLevel = items.Min(i => i.ListLevel);
        var roots = new List<NodeDraft>();
        var open = new List<(int Level, NodeDraft Node)>();
        foreach (var item in items)
        {
            var text = NodeLabel.Split(item.Text);
            if (text.Name.Length == 0) continue;
            var level = item.ListLevel - baseLevel;
            var draft = new NodeDraft(text.Name, text.Head, $"{sourceName}, {item.Location.Citation}") { IsAssistant = text.IsAssistant };
            while (open.Count > 0 && open[^1].Level >= level) open.RemoveAt(open.Count - 1);
            if (open.Count == 0) roots.Add(draft);
            else open[^1].Node.Children.Add(draft);
            open.Add((level, draft));
        }
        if (roots.Count == 0)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.NotATree, "the organisation chart list has only empty items");
        return new OrgChart
        {
            SourceName = sourceName,
            Form = OrgChartForm.List,
            Title = title,
            Roots = roots.Select(r => r.Freeze()).ToArray(),
        };
    }

    private static bool IsSentence(Block item)
    {
        var text = item.Text.Trim();
        return text.Length > 100 || (text.Length > 0 && text[^1] is '.' or '!' or '?');
    }
}
