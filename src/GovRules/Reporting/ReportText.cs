using System.Globalization;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>The phrases every human-readable report shares: citations, basis, evidence, grouping.</summary>
internal static class ReportText
{
    /// <summary>"12 § 2 mom. 3) kohta" inside a section, "3 luku" in a chapter, "kappale 4" elsewhere.</summary>
    public static string ShortCitation(SourceLocation location, ReportLabels labels)
    {
        if (location.Section is null)
        {
            return location.Chapter is not null
                ? $"{location.Chapter} luku"
                : $"{labels.Paragraph} {location.Paragraph.ToString(CultureInfo.InvariantCulture)}";
        }
        var text = $"{location.Section} §";
        if (location.Moment is not null) text += $" {location.Moment.Value.ToString(CultureInfo.InvariantCulture)} mom.";
        if (location.Item is not null) text += $" {location.Item} kohta";
        return text;
    }

    /// <summary>"3 luku Toimielimet / 12 § Pelastusjohtajan tehtävät", the heading of a group of findings.</summary>
    public static string PlaceHeading(SourceLocation? location, ReportLabels labels)
    {
        if (location is null || (location.Chapter is null && location.Section is null)) return labels.WholeDocument;
        var parts = new List<string>(2);
        if (location.Chapter is not null) parts.Add(Titled($"{location.Chapter} luku", location.ChapterTitle));
        if (location.Section is not null) parts.Add(Titled($"{location.Section} §", location.SectionTitle));
        return string.Join(" / ", parts);
    }

    /// <summary>"pelastuslaki 379/2011 26 § 2 mom. (toissijainen lähde) https://finlex.fi/…".</summary>
    public static string Basis(LegalBasis basis, ReportLabels labels) =>
        basis.Url is null ? Citation(basis, labels) : $"{Citation(basis, labels)} {basis.Url}";

    /// <summary>"611/2021 14 § (lainattu valmisteluaineistossa)": act, section and how far it was verified.</summary>
    public static string Citation(LegalBasis basis, ReportLabels labels) =>
        $"{basis.Act} {basis.Section} ({labels.VerificationName(basis.Verification)})";

    /// <summary>"etsittiin: …; löytyi: … kohdasta 12 § 2 mom." / "looked for: …; found nothing".</summary>
    public static string Evidence(Evidence evidence, ReportLabels labels)
    {
        var text = $"{labels.LookedFor}: {evidence.LookedFor}; ";
        if (evidence.Found is null) return text + labels.FoundNothing;
        text += $"{labels.Found}: {evidence.Found}";
        return evidence.Location is null ? text : $"{text} {labels.FoundAt} {ShortCitation(evidence.Location, labels)}";
    }

    /// <summary>"12 § 2 mom.; 14 §", where a passing rule is satisfied.</summary>
    public static string SatisfiedAt(RuleResult result, ReportLabels labels) =>
        string.Join("; ", result.SatisfiedAt.Select(l => ShortCitation(l, labels)));

    /// <summary>A document's findings grouped by place (document order), each group by severity, then rule id.</summary>
    public static IReadOnlyList<FindingGroup> GroupByPlace(DocumentReport document, ReportLabels labels) =>
        document.Results
            .SelectMany(r => r.Findings)
            .GroupBy(f => PlaceKey(f.Location))
            .Select(g => new FindingGroup(
                PlaceHeading(g.First().Location, labels),
                g.Min(f => f.Location?.Paragraph ?? 0),
                [.. g.OrderBy(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Location?.Paragraph ?? 0)]))
            .OrderBy(g => g.Order)
            .ThenBy(g => g.Heading, StringComparer.Ordinal)
            .ToList();

    /// <summary>The rules with a given outcome, in rule id order.</summary>
    public static IEnumerable<RuleResult> WithOutcome(DocumentReport document, RuleOutcome outcome) =>
        document.Results.Where(r => r.Outcome == outcome).OrderBy(r => r.RuleId, StringComparer.Ordinal);

    /// <summary>The declared and detected profiles on one line.</summary>
    public static string Profiles(DocumentReport document, ReportLabels labels)
    {
        var declared = document.DeclaredProfiles.Count == 0 ? labels.None : string.Join(", ", document.DeclaredProfiles);
        var detected = document.DetectedProfiles.Count == 0
            ? labels.None
            : string.Join(", ", document.DetectedProfiles.Select(p => $"{p.Name} ({p.Reason})"));
        return $"{labels.Declared}: {declared}; {labels.Detected}: {detected}";
    }

    private static string PlaceKey(SourceLocation? location) =>
        location is null || (location.Chapter is null && location.Section is null) ? "" : $"{location.Chapter}\u0001{location.Section}";

    private static string Titled(string number, string? title) =>
        string.IsNullOrWhiteSpace(title) ? number : $"{number} {title}";
}

/// <summary>Findings that belong to one chapter or section.</summary>
/// <param name="Heading">"3 luku Toimielimet / 12 § Pelastusjohtajan tehtävät".</param>
/// <param name="Order">The body-order position of the group's first finding.</param>
/// <param name="Findings">The findings, most severe first.</param>
internal sealed record FindingGroup(string Heading, int Order, IReadOnlyList<Finding> Findings);
