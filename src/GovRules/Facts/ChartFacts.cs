using GovRules.Language;
using GovRules.OrgCharts;

namespace GovRules.Facts;

/// <summary>Entities and reporting lines from an organisation chart: a node is under its parent; a head is under the parent's head (or the parent).</summary>
internal static class ChartFacts
{
    /// <summary>Registers the chart's nodes and heads and returns its reporting lines.</summary>
    public static List<ReportingLine> Read(OrgChart chart, NameFinder names, EntityRegistry registry)
    {
        var lines = new List<ReportingLine>();
        // A node's name comes up again as the parent of each child, and a head as each child's superior: read each label once.
        var known = new Dictionary<ChartLabel, Identified>();
        (string Id, TermKind Kind) IdentifyOnce(string name, TermKind? fallbackKind)
        {
            var label = new ChartLabel(name, fallbackKind);
            if (!known.TryGetValue(label, out var found))
            {
                var (id, kind) = Identify(name, fallbackKind, names);
                known[label] = found = new Identified(id, kind);
            }
            return (found.Id, found.Kind);
        }
        foreach (var (node, parent) in chart.Walk())
        {
            var (id, kind) = IdentifyOnce(node.Name, KindOf(node.Kind));
            registry.InChart(id, node.Name, kind);
            string? headId = null;
            if (!string.IsNullOrWhiteSpace(node.Head))
            {
                var head = IdentifyOnce(node.Head, TermKind.Post);
                headId = head.Id;
                registry.InChart(head.Id, node.Head, head.Kind);
                lines.Add(new ReportingLine { Subordinate = head.Id, Superior = id, Source = ReportingSource.Chart });
            }
            if (parent is null) continue;
            var (parentId, _) = IdentifyOnce(parent.Name, KindOf(parent.Kind));
            lines.Add(new ReportingLine { Subordinate = id, Superior = parentId, Source = ReportingSource.Chart });
            if (headId is not null)
            {
                var parentHead = string.IsNullOrWhiteSpace(parent.Head) ? parentId : IdentifyOnce(parent.Head, TermKind.Post).Id;
                lines.Add(new ReportingLine { Subordinate = headId, Superior = parentHead, Source = ReportingSource.Chart });
            }
        }
        return lines;
    }

    /// <summary>The entity id and kind of a name written on its own (a chart label or a query term).</summary>
    public static (string Id, TermKind Kind) Identify(string name, TermKind? fallbackKind, NameFinder names)
    {
        var text = TextNormalizer.Normalize(name);
        var tokens = Tokenizer.Tokenize(text);
        var found = names.Find(tokens);
        if (found.Count == 1 && found[0].Start <= 1 && found[0].End >= TokenSpans.CountWords(tokens) - 1) return (found[0].Id, found[0].Kind);
        if (found.Count > 0 && TokenSpans.CountWords(tokens) == found[0].Length) return (found[0].Id, found[0].Kind);
        return (TextNormalizer.Fold(text), fallbackKind ?? TermKind.Unit);
    }

    // Classes, not tuples, as key and value: a tuple-keyed dictionary is generic code a fresh process would JIT.
    private sealed record ChartLabel(string Name, TermKind? FallbackKind);

    private sealed record Identified(string Id, TermKind Kind);

    private static TermKind? KindOf(OrgNodeKind kind) => kind switch
    {
        OrgNodeKind.Organ => TermKind.Organ,
        OrgNodeKind.Post => TermKind.Post,
        OrgNodeKind.Unit => TermKind.Unit,
        _ => null,
    };
}
