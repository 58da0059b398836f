using GovRules.Facts;
using GovRules.Rules;

namespace GovRules.Engine.Vocabulary;

/// <summary>What one rule evaluation sees: the facts, the active profiles, the budget and the evidence log.</summary>
internal sealed class EvaluationContext(FactBase facts, IReadOnlyCollection<string> profiles, RuleBudget budget, TextLanguage language)
{
    public FactBase Facts { get; } = facts;

    public IReadOnlyCollection<string> Profiles { get; } = profiles;

    public RuleBudget Budget { get; } = budget;

    public TextLanguage Language { get; } = language;

    public List<Evidence> Evidence { get; } = [];
}
