using GovRules.Rules;

namespace GovRules.Engine;

/// <summary>How rules are evaluated: the county's active profiles, the per-rule time budget and the language of evidence texts.</summary>
internal sealed record EvaluationOptions
{
    /// <summary>
    /// The default time budget of one rule on one document. Rules take milliseconds; the budget is wall time, so it
    /// leaves room for a loaded CI machine and only stops runaway rules.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(5);

    public IReadOnlyCollection<string> Profiles { get; init; } = [];

    public TimeSpan Budget { get; init; } = DefaultBudget;

    public TextLanguage Language { get; init; } = TextLanguage.Fi;
}
