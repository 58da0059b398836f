namespace GovRules.Tests.RulePack;

public sealed class RuleReferenceTests
{
    [Fact]
    public void Every_rule_has_a_current_reference_page_in_docs_rules()
    {
        var problems = BuiltInPack.Rules.Rules
            .Select(rule => GeneratedDocument.Check(
                Path.Combine(RulePackPaths.RuleReferenceFolder, rule.Id + ".md"),
                RuleReference.Generate(rule, BuiltInPack.Rules.Catalogue)))
            .OfType<string>()
            .ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void No_reference_page_is_left_for_a_rule_that_no_longer_exists()
    {
        var ids = BuiltInPack.Rules.Rules.Select(r => r.Id + ".md").ToHashSet(StringComparer.Ordinal);
        var pages = Directory.Exists(RulePackPaths.RuleReferenceFolder)
            ? Directory.GetFiles(RulePackPaths.RuleReferenceFolder, "*.md")
            : [];

        foreach (var orphan in pages.Where(p => !ids.Contains(Path.GetFileName(p))))
        {
            if (GeneratedDocument.UpdateRequested) File.Delete(orphan);
            else Assert.Fail($"{Path.GetFileName(orphan)} documents no rule; run with GOVRULES_UPDATE_DOCS=1 to remove it");
        }
    }

    [Fact]
    public void A_reference_page_links_the_statute_and_shows_the_examples()
    {
        var rule = BuiltInPack.Rules.Find("SOTE-4")!;

        var page = RuleReference.Generate(rule, BuiltInPack.Rules.Catalogue);

        page.ShouldStartWith("# SOTE-4 — ");
        page.ShouldContain("[612/2021](https://finlex.fi/fi/laki/ajantasa/2021/20210612) | 4 § | `quoted`");
        page.ShouldContain("### 1. `pass`");
        page.ShouldContain("`fail`");
    }
}
