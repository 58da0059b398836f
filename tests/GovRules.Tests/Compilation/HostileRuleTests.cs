using System.Text.RegularExpressions;
using GovRules.Compilation;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.Rules;
using GovRules.Tests.Rules;

namespace GovRules.Tests.Compilation;

/// <summary>
/// Rules that try to leave the sandbox (files, network, processes, reflection, threads, interop, …) are refused
/// when the pack is compiled; rules that run away (loops, LINQ, regex, huge allocations, recursion) end as the
/// rule's error outcome — and the test process stays healthy.
/// </summary>
public sealed partial class HostileRuleTests
{
    [GeneratedRegex(@"^# Hostile rule: .*? Expected \w+ error matching: (?<expect>.+)$", RegexOptions.Multiline)]
    private static partial Regex Expectation();

    private static readonly Lazy<RuleLoadException> LoadFailure = new(() =>
    {
        var set = RulePackLoader.Load(new RulePackOptions { IncludeBuiltIn = false, Folders = [RuleTestKit.HostileLoadFolder] });
        return Should.Throw<RuleLoadException>(() => RuleCompiler.Compile(set, RuleTestKit.TempFolder("hostile-cache")));
    });

    private static readonly Lazy<CompiledRuleSet> Runaways = new(() =>
        RuleCompiler.Compile(RulePackLoader.Load(new RulePackOptions { IncludeBuiltIn = false, Folders = [RuleTestKit.HostileEvaluationFolder] }),
            RuleTestKit.TempFolder("runaway-cache")));

    public static TheoryData<string> LoadRules() => new(Directory.GetFiles(RuleTestKit.HostileLoadFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()!);

    public static TheoryData<string> EvaluationRules() => new(Directory.GetFiles(RuleTestKit.HostileEvaluationFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Fact]
    public void The_suite_has_at_least_fifteen_hostile_rules() =>
        (LoadRules().Count + EvaluationRules().Count).ShouldBeGreaterThanOrEqualTo(15);

    [Theory]
    [MemberData(nameof(LoadRules))]
    public void A_rule_that_leaves_the_sandbox_is_refused_at_its_line_naming_what_it_touched(string id)
    {
        var path = Path.Combine(RuleTestKit.HostileLoadFolder, id + ".yaml");
        var expected = Expectation().Match(File.ReadAllText(path)).Groups["expect"].Value;

        var errors = LoadFailure.Value.Diagnostics.Where(d => d.File == path).ToList();

        errors.ShouldNotBeEmpty($"{id} was not refused");
        errors.ShouldContain(d => Regex.IsMatch(d.Message, expected), string.Join("\n", errors));
        errors.ShouldAllBe(d => d.Line == 13 && d.Column >= 9, "the error points into the assert expression on line 13");
    }

    [Theory]
    [MemberData(nameof(EvaluationRules))]
    public void A_runaway_rule_ends_as_its_own_error_outcome(string id)
    {
        var path = Path.Combine(RuleTestKit.HostileEvaluationFolder, id + ".yaml");
        var expected = Expectation().Match(File.ReadAllText(path)).Groups["expect"].Value;
        var rules = Runaways.Value;
        var facts = FactBase.Build(DocumentReader.ReadMarkdown("## 1 § Neuvottelut\n\nAluehallitus vastaa neuvotteluista alueen kuntien kanssa.\n"), null);
        var started = DateTime.UtcNow;

        var result = RuleEngine.Evaluate(rules, rules.Rules.Find(id)!, facts, new EvaluationOptions { Budget = TimeSpan.FromMilliseconds(500) });

        result.Outcome.ShouldBe(RuleOutcome.Error);
        result.ErrorMessage.ShouldNotBeNull().ShouldMatch(expected);
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_runaway_rule_does_not_stop_the_others_from_being_evaluated()
    {
        var rules = Runaways.Value;
        var facts = FactBase.Build(DocumentReader.ReadMarkdown("## 1 § Testi\n\nTeksti.\n"), null);

        var results = RuleEngine.Evaluate(rules, facts, new EvaluationOptions { Budget = TimeSpan.FromMilliseconds(300) });

        results.Select(r => r.RuleId).ShouldBe(rules.Rules.Rules.Select(r => r.Id));
        results.ShouldAllBe(r => r.Outcome == RuleOutcome.Error);
    }
}
