using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>The counts a summary line shows, for one document or a whole run.</summary>
internal sealed record ReportSummary(int Errors, int Warnings, int Infos, int Passed, int NotApplicable, int RuleErrors)
{
    public static ReportSummary Of(Report report) => Of(report.Documents.SelectMany(d => d.Results));

    public static ReportSummary Of(DocumentReport document) => Of(document.Results);

    public static ReportSummary Of(IEnumerable<RuleResult> results)
    {
        int errors = 0, warnings = 0, infos = 0, passed = 0, notApplicable = 0, ruleErrors = 0;
        foreach (var result in results)
        {
            switch (result.Outcome)
            {
                case RuleOutcome.Pass: passed++; break;
                case RuleOutcome.NotApplicable: notApplicable++; break;
                case RuleOutcome.Error: ruleErrors++; break;
            }
            foreach (var finding in result.Findings)
            {
                switch (finding.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    default: infos++; break;
                }
            }
        }
        return new ReportSummary(errors, warnings, infos, passed, notApplicable, ruleErrors);
    }

    /// <summary>Whether anything at or above <paramref name="threshold"/> was found; a rule that could not be evaluated counts as an error.</summary>
    public bool HasFindingsAtOrAbove(Severity threshold) => threshold switch
    {
        Severity.Error => Errors + RuleErrors > 0,
        Severity.Warning => Errors + Warnings + RuleErrors > 0,
        _ => Errors + Warnings + Infos + RuleErrors > 0,
    };
}
