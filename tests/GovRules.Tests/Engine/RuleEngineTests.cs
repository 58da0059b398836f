using GovRules.Documents;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.Rules;

namespace GovRules.Tests.Engine;

public sealed class RuleEngineTests
{
    private static FactBase Facts(string markdown) => FactBase.Build(DocumentReader.ReadMarkdown(markdown), null);

    [Fact]
    public void A_failing_rule_says_what_it_looked_for_and_what_it_found_in_both_languages()
    {
        var rules = BuiltInPack.Rules;
        var facts = Facts("## 14 § Aluehallituksen tehtävät\n\nAluehallitus vastaa yhteistyöstä kuntien kanssa.\n");

        var result = RuleEngine.Evaluate(rules, rules.Rules.Find("HVAL-14")!, facts, new EvaluationOptions());

        result.Outcome.ShouldBe(RuleOutcome.Fail);
        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.Fi.ShouldContain("Etsittiin: tehtävän haltija: kuntaneuvottelu");
        finding.Message.Fi.ShouldContain("löytyi: ei mitään");
        finding.Message.En.ShouldContain("found: nothing");
        finding.Message.Fi.ShouldNotContain("{");
        finding.Evidence.ShouldContain(e => e.LookedFor.Contains("neuvottelu", StringComparison.Ordinal) && e.Found == null);
        finding.Basis.ShouldHaveSingleItem().Section.ShouldBe("14 §");
        finding.Remedy.Fi.ShouldContain("neuvotteluista");
    }

    [Fact]
    public void A_passing_rule_lists_where_the_requirement_is_satisfied()
    {
        var rules = BuiltInPack.Rules;
        var facts = Facts("## 30 § Pelastusjohtajan tehtävät\n\nPelastusjohtaja johtaa pelastuslaitosta. Pelastusjohtaja vastaa pelastustoimen järjestämisestä.\n");

        var result = RuleEngine.Evaluate(rules, rules.Rules.Find("PEL-JARJ")!, facts, new EvaluationOptions());

        result.Outcome.ShouldBe(RuleOutcome.Pass);
        result.SatisfiedAt.ShouldNotBeEmpty();
        result.SatisfiedAt.ShouldAllBe(l => l.Section == "30");
    }

    [Fact]
    public void Results_come_in_rule_id_order_with_one_result_per_rule()
    {
        var rules = BuiltInPack.Rules;

        var results = RuleEngine.Evaluate(rules, Facts("## 1 § Soveltamisala\n\nTätä sääntöä sovelletaan hyvinvointialueella.\n"), new EvaluationOptions());

        results.Select(r => r.RuleId).ShouldBe(rules.Rules.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        results.ShouldNotContain(r => r.Outcome == RuleOutcome.Error);
    }

    [Fact]
    public void A_rule_whose_profile_is_not_active_is_not_applicable()
    {
        var rules = BuiltInPack.Rules;
        var profiled = rules.Rules.Rules.First(r => r.Profiles.Count > 0);
        var facts = Facts("## 1 § Soveltamisala\n\nTätä sääntöä sovelletaan hyvinvointialueella.\n");

        var inactive = RuleEngine.Evaluate(rules, profiled, facts, new EvaluationOptions());
        var active = RuleEngine.Evaluate(rules, profiled, facts, new EvaluationOptions { Profiles = profiled.Profiles.ToList() });

        inactive.Outcome.ShouldBe(RuleOutcome.NotApplicable);
        active.Outcome.ShouldNotBe(RuleOutcome.NotApplicable);
    }

    [Fact]
    public void The_same_document_gives_the_same_report_twice()
    {
        var rules = BuiltInPack.Rules;
        var facts = Facts("## 14 § Aluehallituksen tehtävät\n\nAluehallitus vastaa sisäisen valvonnan järjestämisestä.\n");

        var first = RuleEngine.EvaluateDocument(rules, facts, new EvaluationOptions());
        var second = RuleEngine.EvaluateDocument(rules, facts, new EvaluationOptions());

        second.Results.Select(r => (r.RuleId, r.Outcome, r.Findings.Count)).ShouldBe(first.Results.Select(r => (r.RuleId, r.Outcome, r.Findings.Count)));
    }
}
