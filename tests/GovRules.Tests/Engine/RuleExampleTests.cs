using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Tests.Engine;

/// <summary>Every example of every built-in rule, run through the reader, the fact extractor and the compiled rule.</summary>
public sealed class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in RulePackLoader.Load(new RulePackOptions()).Rules)
            foreach (var example in rule.Examples)
                data.Add(rule.Id, example.Ordinal);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_built_in_rule_concludes_what_its_example_expects(string ruleId, int ordinal)
    {
        var rules = BuiltInPack.Rules;
        var rule = rules.Rules.Find(ruleId)!;

        var result = RuleExampleRunner.Run(rules, rule, rule.Examples.Single(e => e.Ordinal == ordinal), new EvaluationOptions());

        result.Passed.ShouldBeTrue(result.Explain(TextLanguage.En));
    }

    [Fact]
    public void Every_built_in_rule_has_a_passing_and_a_failing_example()
    {
        foreach (var rule in BuiltInPack.Rules.Rules.Rules)
        {
            rule.Examples.ShouldContain(e => e.Expect == ExpectedOutcome.Pass, rule.Id);
            rule.Examples.ShouldContain(e => e.Expect == ExpectedOutcome.Fail, rule.Id);
        }
    }
}
