using GovRules.Compilation;
using GovRules.Engine.Vocabulary;
using GovRules.Facts;
using GovRules.Rules;

namespace GovRules.Engine;

/// <summary>
/// Evaluates a compiled rule set against one document's facts: per rule, profiles → applies → assert (per item
/// with for-each) → pass, fail, not-applicable or error, with findings and evidence. Results are in rule id order.
/// </summary>
internal static class RuleEngine
{
    public static IReadOnlyList<RuleResult> Evaluate(CompiledRuleSet rules, FactBase facts, EvaluationOptions options) =>
        rules.Rules.Rules.Select(rule => Evaluate(rules, rule, facts, options)).ToList();

    /// <summary>The results for one document, as a <see cref="DocumentReport"/>.</summary>
    public static DocumentReport EvaluateDocument(CompiledRuleSet rules, FactBase facts, EvaluationOptions options)
    {
        var detected = ProfileDetector.Detect(facts)
            .Where(d => !options.Profiles.Contains(d.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        return new()
        {
            Path = facts.Document.SourceName,
            Sha256 = facts.Document.Sha256,
            DeclaredProfiles = options.Profiles.Order(StringComparer.Ordinal).ToList(),
            DetectedProfiles = detected,
            Results = Evaluate(rules, facts, options with { Profiles = ProfileDetector.Active(options.Profiles, detected) }),
            Warnings = facts.Document.Warnings,
        };
    }

    public static RuleResult Evaluate(CompiledRuleSet rules, RuleDefinition rule, FactBase facts, EvaluationOptions options)
    {
        var result = new RuleResult
        {
            RuleId = rule.Id,
            Requirement = rule.Requirement,
            Title = rule.Title,
            Severity = rule.Severity,
            Basis = rule.Basis,
            Outcome = RuleOutcome.NotApplicable,
        };
        if (!rule.Profiles.All(p => options.Profiles.Contains(p, StringComparer.OrdinalIgnoreCase))) return result;

        var (verdict, error) = RuleWatchdog.Run(() => Run(rules, rule, facts, options), options.Budget);
        if (error is not null || verdict is null)
            return result with { Outcome = RuleOutcome.Error, ErrorMessage = $"{rule.Id}: {error}" };
        if (!verdict.Applies) return result;
        var failing = verdict.Items.Where(i => !i.Holds).ToList();
        if (failing.Count == 0)
            return result with
            {
                Outcome = RuleOutcome.Pass,
                SatisfiedAt = verdict.Items.SelectMany(i => i.Evidence).Where(e => e.Found is not null && e.Location is not null)
                    .Select(e => e.Location!).Distinct().ToList(),
            };
        return result with { Outcome = RuleOutcome.Fail, Findings = failing.Select(i => FindingFactory.Create(rule, i, verdict.ForEach)).ToList() };
    }

    private sealed record Verdict(bool Applies, bool ForEach, IReadOnlyList<ItemVerdict> Items);

    private static Verdict Run(CompiledRuleSet rules, RuleDefinition rule, FactBase facts, EvaluationOptions options)
    {
        var scope = rules.CreateScope(rule.Id);
        var context = new EvaluationContext(facts, options.Profiles, new RuleBudget(options.Budget), options.Language);
        scope.Bind(context);
        if (rule.Applies is not null && !scope.Applies()) return new Verdict(false, false, []);
        context.Evidence.Clear();
        if (rule.ForEach is not null) return new Verdict(true, true, scope.AssertEach());
        var holds = scope.Assert();
        return new Verdict(true, false, [new ItemVerdict(null, holds, context.Evidence.ToList())]);
    }
}
