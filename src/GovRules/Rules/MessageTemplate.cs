using System.Text.RegularExpressions;

namespace GovRules.Rules;

/// <summary>Fills {placeholders} in rule messages and remedies.</summary>
internal static partial class MessageTemplate
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> PlaceholdersIn(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    public static LocalizedText Fill(LocalizedText text, IReadOnlyDictionary<string, string> fi, IReadOnlyDictionary<string, string> en) =>
        new(Fill(text.Fi, fi), Fill(text.En, en));
}
