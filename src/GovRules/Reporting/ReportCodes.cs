using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>The stable machine names of the report's enumerations, as the JSON schema and SARIF use them.</summary>
internal static class ReportCodes
{
    public static string Outcome(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.NotApplicable => "not-applicable",
        _ => "error",
    };

    public static string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Error => "error",
        Rules.Severity.Warning => "warning",
        _ => "info",
    };

    public static string Verification(Verification verification) => verification switch
    {
        Rules.Verification.StatuteText => "statute-text",
        Rules.Verification.Quoted => "quoted",
        Rules.Verification.Secondary => "secondary",
        Rules.Verification.Inferred => "inferred",
        _ => "unverified",
    };

    public static string Language(TextLanguage language) => language == TextLanguage.En ? "en" : "fi";
}
