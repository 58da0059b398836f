using GovRules.Engine;

namespace GovRules.Reporting;

/// <summary>One row of the coverage matrix: a requirement, the rule that encodes it, the outcome and where it is satisfied or missed.</summary>
internal sealed record CoverageRow(string Requirement, string RuleId, string Title, RuleOutcome Outcome, string Where);

/// <summary>Requirement → where it is satisfied, from the per-rule outcomes of one document.</summary>
internal static class CoverageMatrix
{
    public static IReadOnlyList<CoverageRow> Of(DocumentReport document, RenderOptions options)
    {
        var labels = ReportLabels.For(options.Language);
        return document.Results
            .OrderBy(r => r.Requirement, StringComparer.Ordinal)
            .ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Select(r => new CoverageRow(r.Requirement, r.RuleId, r.Title.In(options.Language), r.Outcome, Where(r, labels)))
            .ToList();
    }

    private static string Where(RuleResult result, ReportLabels labels) => result.Outcome switch
    {
        RuleOutcome.Pass => ReportText.SatisfiedAt(result, labels),
        RuleOutcome.Fail => string.Join("; ", result.Findings
            .Select(f => f.Location is null ? labels.WholeDocument : ReportText.ShortCitation(f.Location, labels))
            .Distinct(StringComparer.Ordinal)),
        RuleOutcome.Error => result.ErrorMessage ?? "",
        _ => "",
    };
}
