using System.Text;
using System.Text.RegularExpressions;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting.Docx;

/// <summary>
/// The text of a GovRules review comment, one string per comment paragraph: a first line a later run
/// recognises ("[GovRules PEL-001] VIRHE"), the message, the legal basis and the remedy.
/// </summary>
internal static partial class CommentContent
{
    /// <summary>The author of every comment GovRules writes.</summary>
    public const string Author = "GovRules";

    /// <summary>The author's initials.</summary>
    public const string Initials = "GR";

    /// <summary>The paragraphs of the comment on <paramref name="finding"/>.</summary>
    public static IReadOnlyList<string> Paragraphs(Finding finding, TextLanguage language)
    {
        var labels = ReportLabels.For(language);
        var lines = new List<string> { $"[{Author} {finding.RuleId}] {labels.SeverityName(finding.Severity)}" };
        lines.AddRange(SplitLines(finding.Message.In(language)));
        lines.AddRange(finding.Basis.Select(b => $"{labels.Basis}: {ReportText.Basis(b, labels)}"));
        var remedy = finding.Remedy.In(language);
        if (!string.IsNullOrWhiteSpace(remedy)) lines.AddRange(SplitLines($"{labels.Remedy}: {remedy}"));
        return [.. lines.Select(XmlSafe)];
    }

    /// <summary>The rule id in a comment's first paragraph, or null when the comment is not one of GovRules'.</summary>
    public static string? RuleIdOf(string firstParagraph) =>
        Marker().Match(firstParagraph) is { Success: true } match ? match.Groups["rule"].Value : null;

    private static IEnumerable<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    // XML 1.0 cannot carry most control characters; a tab reads as a space in a comment.
    private static string XmlSafe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t') builder.Append(' ');
            else if (c >= ' ' && c != '\uFFFE' && c != '\uFFFF') builder.Append(c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^\[GovRules (?<rule>[^\]\s]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
