namespace GovRules.Documents.Structure;

/// <summary>
/// Gives every part, chapter and section a stable anchor. A number that occurs once is its own anchor
/// ("12§", "3luku", "2osa"). A repeated number is qualified by its container ("3luku/12§",
/// "2osa/3luku"); one still repeated after that gets its occurrence ("12§~2"). The anchors depend only
/// on the sequence of headings, so the same text always gives the same anchors.
/// </summary>
internal static class AnchorAssigner
{
    public static void Assign(Outline outline)
    {
        AssignLevel(outline.Parts);
        AssignLevel(outline.Chapters);
        AssignLevel(outline.Sections);
    }

    private static void AssignLevel(IReadOnlyList<OutlineNode> nodes)
    {
        var repeated = nodes.GroupBy(n => n.BaseAnchor, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes)
            node.Anchor = repeated.Contains(node.BaseAnchor) && node.Parent is not null
                ? $"{node.Parent.Anchor}/{node.BaseAnchor}"
                : node.BaseAnchor;

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var occurrence = seen.TryGetValue(node.Anchor, out var count) ? count + 1 : 1;
            seen[node.Anchor] = occurrence;
            if (occurrence > 1) node.Anchor = $"{node.Anchor}~{occurrence}";
        }
    }
}
