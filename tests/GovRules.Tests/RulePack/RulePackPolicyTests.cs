using GovRules.Rules;

namespace GovRules.Tests.RulePack;

/// <summary>The promises the built-in pack makes about its own honesty, checked over every rule.</summary>
public sealed class RulePackPolicyTests
{
    private static readonly string[] FinlexUrls =
    [
        "https://finlex.fi/fi/laki/ajantasa/2021/20210611",
        "https://finlex.fi/fi/laki/ajantasa/2021/20210612",
        "https://finlex.fi/fi/laki/ajantasa/2021/20210613",
        "https://finlex.fi/fi/laki/ajantasa/2011/20110379",
        "https://finlex.fi/fi/laki/ajantasa/2010/20101326",
    ];

    [Fact]
    public void No_rule_has_error_severity_on_an_inferred_or_unverified_basis()
    {
        var offenders = BuiltInPack.Rules.Rules
            .Where(r => r.Severity == Severity.Error
                && r.Basis.Any(b => b.Verification is Verification.Inferred or Verification.Unverified))
            .Select(r => r.Id);

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Every_rule_carries_a_passing_and_a_failing_example()
    {
        foreach (var rule in BuiltInPack.Rules.Rules)
        {
            rule.Examples.ShouldContain(e => e.Expect == ExpectedOutcome.Pass, $"{rule.Id} has no passing example");
            rule.Examples.ShouldContain(e => e.Expect == ExpectedOutcome.Fail, $"{rule.Id} has no failing example");
        }
    }

    [Fact]
    public void Every_basis_links_to_the_statute_on_finlex_and_names_a_section_or_says_it_is_unverified()
    {
        foreach (var basis in BuiltInPack.Rules.Rules.SelectMany(r => r.Basis.Select(b => (r.Id, Basis: b))))
        {
            FinlexUrls.ShouldContain(basis.Basis.Url, $"{basis.Id}: {basis.Basis.Url}");
            (basis.Basis.Section.Contains('§', StringComparison.Ordinal) || basis.Basis.Section.Contains("pykälä", StringComparison.OrdinalIgnoreCase))
                .ShouldBeTrue($"{basis.Id}: section '{basis.Basis.Section}'");
        }
    }

    [Fact]
    public void A_rule_reporting_reliance_on_the_statute_is_informational()
    {
        var statuteReliance = BuiltInPack.Rules.Rules.Where(r => r.Id.EndsWith("-LAKI", StringComparison.Ordinal)).ToList();

        statuteReliance.ShouldNotBeEmpty();
        statuteReliance.ShouldAllBe(r => r.Severity == Severity.Info);
    }

    [Fact]
    public void Every_rule_speaks_finnish_and_english_and_says_what_it_checks()
    {
        foreach (var rule in BuiltInPack.Rules.Rules.Where(r => r.BuiltIn && !IsProofRule(r.Id)))
        {
            rule.Checks.ShouldNotBeNull($"{rule.Id} has no 'checks'");
            new[] { rule.Title.En, rule.Message.En, rule.Remedy.En, rule.Checks!.En }.ShouldAllBe(t => t.Length > 0);
        }
    }

    // HVAL-14 and PEL-JARJ are written by the rules engineer as the pipeline's proof.
    private static bool IsProofRule(string id) => id is "HVAL-14" or "PEL-JARJ";
}
