namespace GovRules.Rules;

/// <summary>The words a rule file uses for severities, verification levels and example outcomes.</summary>
internal static class RuleVocabulary
{
    public static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
    };

    public static readonly IReadOnlyDictionary<string, Verification> Verifications = new Dictionary<string, Verification>(StringComparer.Ordinal)
    {
        ["statute-text"] = Verification.StatuteText,
        ["quoted"] = Verification.Quoted,
        ["secondary"] = Verification.Secondary,
        ["inferred"] = Verification.Inferred,
        ["unverified"] = Verification.Unverified,
    };

    public static readonly IReadOnlyDictionary<string, ExpectedOutcome> Outcomes = new Dictionary<string, ExpectedOutcome>(StringComparer.Ordinal)
    {
        ["pass"] = ExpectedOutcome.Pass,
        ["fail"] = ExpectedOutcome.Fail,
        ["not-applicable"] = ExpectedOutcome.NotApplicable,
    };

    public static string Name(Verification verification) => Verifications.First(p => p.Value == verification).Key;

    public static string Name(Severity severity) => Severities.First(p => p.Value == severity).Key;

    public static string Name(ExpectedOutcome outcome) => Outcomes.First(p => p.Value == outcome).Key;
}
