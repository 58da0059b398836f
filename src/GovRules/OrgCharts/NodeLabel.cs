using System.Text.RegularExpressions;

namespace GovRules.OrgCharts;

/// <summary>The name, head and assistant mark read from the text of a list item, table cell or SmartArt box.</summary>
internal readonly record struct NodeText(string Name, string? Head, bool IsAssistant);

/// <summary>
/// Splits the text of a list item or SmartArt box into a name and an optional head. Accepted shapes:
/// two lines ("Pelastuslaitos" / "Pelastusjohtaja"); "Pelastuslaitos (johtaja: Pelastusjohtaja)" with
/// johtaja / vastuuhenkilö / esihenkilö / head; "Pelastuslaitos (Pelastusjohtaja)" when the parenthesis
/// names a post; and "Johtajaylilääkäri (esikunta)" (or avustava / assistant) for an assistant.
/// </summary>
internal static partial class NodeLabel
{
    private static readonly string[] AssistantMarks = ["esikunta", "avustava", "assistant"];

    public static NodeText Split(IEnumerable<string> lines)
    {
        var nonEmpty = lines.Select(Clean).Where(l => l.Length > 0).ToList();
        if (nonEmpty.Count == 0) return new NodeText("", null, false);
        if (nonEmpty.Count > 1) return new NodeText(nonEmpty[0], nonEmpty[1], false);
        return Split(nonEmpty[0]);
    }

    public static NodeText Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length > 1) return Split(lines);
        var clean = Clean(text);
        var match = Parenthesis().Match(clean);
        if (!match.Success) return new NodeText(clean, null, false);
        var name = match.Groups["name"].Value.Trim();
        var inner = match.Groups["inner"].Value.Trim();
        if (match.Groups["label"].Success) return new NodeText(name, inner, false);
        if (AssistantMarks.Contains(inner.ToLowerInvariant(), StringComparer.Ordinal)) return new NodeText(name, null, true);
        return NodeKindGuesser.Guess(inner) == OrgNodeKind.Post ? new NodeText(name, inner, false) : new NodeText(clean, null, false);
    }

    // Markdown emphasis and list punctuation are presentation, not part of a unit's name.
    private static string Clean(string text) =>
        text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal)
            .Trim().TrimEnd(';', ',').Trim();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\(\s*(?:(?<label>johtaja|vastuuhenkilö|esihenkilö|head)\s*:\s*)?(?<inner>[^()]+)\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthesis();
}
