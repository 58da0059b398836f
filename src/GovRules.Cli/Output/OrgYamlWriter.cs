using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovRules.OrgCharts;

namespace GovRules.Cli.Output;

/// <summary>
/// Renders charts in the YAML chart schema of docs/org-charts.md, so that `org show --format yaml`
/// turns a SmartArt, list or table chart into a file the YAML reader reads back to the same tree.
/// Several charts become several YAML documents separated by "---".
/// </summary>
internal static partial class OrgYamlWriter
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    public static string Write(IReadOnlyList<OrgChart> charts)
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            if (i > 0) yaml.Append("---\n");
            yaml.Append($"# {chart.Form} from {chart.SourceName.ReplaceLineEndings(" ")}\n");
            if (chart.Title is not null) yaml.Append($"chart: {Scalar(chart.Title)}\n");
            yaml.Append("nodes:\n");
            foreach (var root in chart.Roots) Append(yaml, root, 2);
        }
        return yaml.ToString();
    }

    private static void Append(StringBuilder yaml, OrgNode node, int dashColumn)
    {
        var dash = new string(' ', dashColumn);
        var indent = new string(' ', dashColumn + 2);
        yaml.Append($"{dash}- name: {Scalar(node.Name)}\n");
        if (node.Kind != OrgNodeKind.Unknown) yaml.Append($"{indent}kind: {node.Kind.ToString().ToLowerInvariant()}\n");
        if (node.Head is not null) yaml.Append($"{indent}head: {Scalar(node.Head)}\n");
        if (node.IsAssistant) yaml.Append($"{indent}assistant: true\n");
        if (node.Children.Count == 0) return;
        yaml.Append($"{indent}children:\n");
        foreach (var child in node.Children) Append(yaml, child, dashColumn + 4);
    }

    /// <summary>A plain scalar when it cannot be misread; otherwise a double-quoted one with escapes.</summary>
    private static string Scalar(string value)
    {
        if (PlainSafe().IsMatch(value) && !Reserved.Contains(value.ToLowerInvariant(), StringComparer.Ordinal)) return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} .,()/–—-]*[\p{L}\p{N})]$|^\p{L}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PlainSafe();
}
