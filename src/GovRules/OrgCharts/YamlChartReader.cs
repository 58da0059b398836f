using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovRules.OrgCharts;

/// <summary>
/// Reads the YAML chart schema of docs/org-charts.md (chart, nodes: name, kind, head, assistant, children).
/// Every mistake is refused with file:line:column; several YAML documents in one stream ("---") are several charts.
/// </summary>
internal static class YamlChartReader
{
    private const int MaxDepth = 64;
    private static readonly string[] ChartKeys = ["chart", "nodes"];
    private static readonly string[] NodeKeys = ["name", "kind", "head", "assistant", "children"];

    public static IReadOnlyList<OrgChart> Read(string text, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Error(sourceName, e.Start, $"this is not valid YAML ({FirstLine(e.Message)})", e);
        }
        var charts = stream.Documents
            .Where(d => d.RootNode is not YamlScalarNode { Value: null or "" })
            .Select(d => ReadChart(d.RootNode, sourceName))
            .ToList();
        if (charts.Count == 0)
            throw OrgChartRejectedException.Create(sourceName, OrgChartRejectionReason.InvalidYaml, "the YAML chart is empty (expected a 'nodes:' list)");
        return charts;
    }

    private static OrgChart ReadChart(YamlNode root, string sourceName)
    {
        if (root is not YamlMappingNode map)
            throw Error(sourceName, root.Start, "a chart must be a mapping with the keys 'chart' (optional title) and 'nodes'");
        var context = new Context(sourceName);
        var keys = Keys(map, ChartKeys, "the chart", context);
        var title = keys.TryGetValue("chart", out var chart) ? Scalar(chart, "chart", context) : null;
        if (!keys.TryGetValue("nodes", out var nodes))
            throw Error(sourceName, map.Start, "the chart has no 'nodes:' list");
        var roots = Nodes(nodes, "nodes", 0, context);
        if (roots.Count == 0)
            throw Error(sourceName, nodes.Start, "'nodes' is empty; a chart needs at least one node");
        return new OrgChart
        {
            SourceName = sourceName,
            Form = OrgChartForm.Yaml,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Roots = roots.Select(r => r.Freeze()).ToArray(),
        };
    }

    private static List<NodeDraft> Nodes(YamlNode node, string key, int depth, Context context)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode sequence)
            throw Error(context.SourceName, node.Start, $"'{key}' must be a list of nodes (each starting with '- name:')");
        if (depth > MaxDepth)
            throw Error(context.SourceName, node.Start, $"the chart is nested deeper than {MaxDepth} levels");
        return sequence.Children.Select(child => Node(child, depth, context)).ToList();
    }

    private static NodeDraft Node(YamlNode node, int depth, Context context)
    {
        if (node is not YamlMappingNode map)
            throw Error(context.SourceName, node.Start, "a node must be a mapping with at least 'name:'");
        var keys = Keys(map, NodeKeys, "a node", context);
        var name = keys.TryGetValue("name", out var nameNode) ? Scalar(nameNode, "name", context)?.Trim() : null;
        if (string.IsNullOrEmpty(name))
            throw Error(context.SourceName, nameNode?.Start ?? map.Start, "a node has no 'name'");
        var head = keys.TryGetValue("head", out var headNode) ? Scalar(headNode, "head", context)?.Trim() : null;
        var draft = new NodeDraft(name, string.IsNullOrEmpty(head) ? null : head, $"{context.SourceName}:{map.Start.Line}")
        {
            Kind = keys.TryGetValue("kind", out var kind) ? Kind(kind, context) : null,
            IsAssistant = keys.TryGetValue("assistant", out var assistant) && Flag(assistant, context),
        };
        if (keys.TryGetValue("children", out var children))
            draft.Children.AddRange(Nodes(children, "children", depth + 1, context));
        return draft;
    }

    private static Dictionary<string, YamlNode> Keys(YamlMappingNode map, string[] allowed, string what, Context context)
    {
        if (!context.Seen.Add(map))
            throw Error(context.SourceName, map.Start, "anchors and aliases (&, *) are not supported in a chart; write each node out");
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw Error(context.SourceName, keyNode.Start, $"unknown key '{key}' in {what} (allowed: {string.Join(", ", allowed)})");
            if (!keys.TryAdd(key, value))
                throw Error(context.SourceName, keyNode.Start, $"the key '{key}' appears twice in {what}");
        }
        return keys;
    }

    private static string? Scalar(YamlNode node, string key, Context context) =>
        node is YamlScalarNode scalar
            ? scalar.Value
            : throw Error(context.SourceName, node.Start, $"'{key}' must be a single text value");

    private static OrgNodeKind Kind(YamlNode node, Context context) =>
        Scalar(node, "kind", context)?.Trim().ToLowerInvariant() switch
        {
            "organ" => OrgNodeKind.Organ,
            "post" => OrgNodeKind.Post,
            "unit" => OrgNodeKind.Unit,
            var other => throw Error(context.SourceName, node.Start, $"unknown kind '{other}' (allowed: organ, post, unit)"),
        };

    private static bool Flag(YamlNode node, Context context) =>
        Scalar(node, "assistant", context)?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            var other => throw Error(context.SourceName, node.Start, $"'assistant' must be true or false, not '{other}'"),
        };

    private static OrgChartRejectedException Error(string sourceName, Mark mark, string problem, Exception? inner = null) =>
        new(sourceName, OrgChartRejectionReason.InvalidYaml,
            $"{sourceName}:{mark.Line}:{mark.Column}: {problem}; see docs/org-charts.md for the chart schema.", inner);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private sealed class Context(string sourceName)
    {
        public string SourceName { get; } = sourceName;

        public HashSet<YamlNode> Seen { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
