using GovRules.Compilation;
using GovRules.Documents;
using GovRules.Facts;
using GovRules.OrgCharts;
using GovRules.Rules;

namespace GovRules.Engine;

/// <summary>The outcome of running one rule example.</summary>
internal sealed record ExampleResult(RuleDefinition Rule, RuleExample Example, RuleOutcome Expected, RuleResult Actual)
{
    public bool Passed => Actual.Outcome == Expected;

    /// <summary>Why the example failed, in one line (empty when it passed).</summary>
    public string Explain(TextLanguage language)
    {
        if (Passed) return "";
        var detail = Actual.Outcome switch
        {
            RuleOutcome.Error => Actual.ErrorMessage ?? "",
            RuleOutcome.Fail => string.Join(" | ", Actual.Findings.Select(f => f.Message.In(language))),
            _ => "",
        };
        return $"example {Example.Ordinal} (line {Example.Line}): expected {Name(Expected)}, got {Name(Actual.Outcome)}"
            + (detail.Length > 0 ? $": {detail}" : "");
    }

    public static string Name(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.NotApplicable => "not-applicable",
        _ => "error",
    };
}

/// <summary>Runs the executable examples a rule carries: each example's Markdown (and chart) through the reader,
/// the fact extractor and the rule, compared with the expected outcome.</summary>
internal static class RuleExampleRunner
{
    public static IReadOnlyList<ExampleResult> Run(CompiledRuleSet rules, RuleDefinition rule, EvaluationOptions? options = null) =>
        rule.Examples.Select(example => Run(rules, rule, example, options ?? new EvaluationOptions())).ToList();

    public static ExampleResult Run(CompiledRuleSet rules, RuleDefinition rule, RuleExample example, EvaluationOptions options)
    {
        var name = $"{rule.Id}-example-{example.Ordinal}";
        RuleResult actual;
        try
        {
            var document = DocumentReader.ReadMarkdown(example.Document, name + ".md");
            var chart = example.Org is null ? null : OrgChartReader.FromYaml(example.Org, name + ".org.yaml").FirstOrDefault();
            var facts = FactBase.Build(document, chart);
            var profiles = ProfileDetector.Active(example.Profiles, ProfileDetector.Detect(facts));
            actual = RuleEngine.Evaluate(rules, rule, facts, options with { Profiles = profiles });
        }
        catch (Exception e) when (e is DocumentRejectedException or OrgChartRejectedException)
        {
            actual = new RuleResult
            {
                RuleId = rule.Id,
                Requirement = rule.Requirement,
                Title = rule.Title,
                Severity = rule.Severity,
                Basis = rule.Basis,
                Outcome = RuleOutcome.Error,
                ErrorMessage = $"the example's document or chart cannot be read: {e.Message}",
            };
        }
        var expected = example.Expect switch
        {
            ExpectedOutcome.Pass => RuleOutcome.Pass,
            ExpectedOutcome.Fail => RuleOutcome.Fail,
            _ => RuleOutcome.NotApplicable,
        };
        return new ExampleResult(rule, example, expected, actual);
    }
}
