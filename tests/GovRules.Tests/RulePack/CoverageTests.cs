using System.Text.RegularExpressions;

namespace GovRules.Tests.RulePack;

public sealed partial class CoverageTests
{
    [Fact]
    public void Every_catalogue_requirement_is_encoded_by_a_rule_or_listed_as_not_encoded_with_a_reason()
    {
        var encoded = BuiltInPack.Rules.Rules.Select(r => r.Requirement).ToHashSet(StringComparer.Ordinal);
        var notEncoded = BuiltInPack.NotEncoded.ToDictionary(n => n.Id, StringComparer.Ordinal);

        var unaccounted = BuiltInPack.Rules.Catalogue.All
            .Where(r => !encoded.Contains(r.Id) && !notEncoded.ContainsKey(r.Id))
            .Select(r => r.Id).ToList();

        unaccounted.ShouldBeEmpty("these catalogue requirements have no rule and no reason in docs/not-encoded.yaml");
        notEncoded.Values.ShouldAllBe(n => n.Reason.Fi.Length > 0 && n.Reason.En.Length > 0);
    }

    [Fact]
    public void A_requirement_listed_as_not_encoded_is_in_the_catalogue_and_has_no_rule()
    {
        var encoded = BuiltInPack.Rules.Rules.Select(r => r.Requirement).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in BuiltInPack.NotEncoded)
        {
            BuiltInPack.Rules.Catalogue.Contains(entry.Id).ShouldBeTrue($"{entry.Id} is not a catalogue id");
            encoded.ShouldNotContain(entry.Id, $"{entry.Id} is listed as not encoded but a rule encodes it");
        }
    }

    [Fact]
    public void Hval_150_is_deliberately_not_encoded_because_its_content_is_unverified()
    {
        BuiltInPack.Rules.Rules.ShouldNotContain(r => r.Requirement == "HVAL-150");
        var entry = BuiltInPack.NotEncoded.Single(n => n.Id == "HVAL-150");
        entry.Reason.En.ShouldContain("content unverified, no governance duty identified");
    }

    [Fact]
    public void Every_requirement_of_the_shared_catalogue_is_accounted_for()
    {
        if (!File.Exists(RulePackPaths.SharedCatalogue)) return;
        var text = File.ReadAllText(RulePackPaths.SharedCatalogue);
        var sharedIds = CatalogueHeading().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(CatalogueRow().Matches(text).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var accounted = BuiltInPack.Rules.Rules.Select(r => r.Requirement)
            .Concat(BuiltInPack.NotEncoded.Select(n => n.Id))
            .ToHashSet(StringComparer.Ordinal);

        sharedIds.Count.ShouldBeGreaterThan(30);
        sharedIds.Except(accounted).ShouldBeEmpty();
    }

    [Fact]
    public void Docs_coverage_md_is_generated_from_the_current_rules()
    {
        var expected = CoverageTable.Generate(BuiltInPack.Rules, BuiltInPack.NotEncoded);

        GeneratedDocument.Check(RulePackPaths.CoverageFile, expected).ShouldBeNull();
    }

    [Fact]
    public void The_coverage_table_names_each_rule_and_the_reason_for_what_is_not_encoded()
    {
        var table = CoverageTable.Generate(BuiltInPack.Rules, BuiltInPack.NotEncoded);

        table.ShouldContain("| SOTE-4 |");
        table.ShouldContain("[SOTE-4](rules/SOTE-4.md)");
        table.ShouldContain("611/2021 96 § (inferred)");
        table.ShouldContain("| HVAL-150 |");
        table.ShouldNotContain("PUUTTUU / MISSING");
    }

    [GeneratedRegex(@"^### ([A-Z][A-Z0-9-]+) —", RegexOptions.Multiline)]
    private static partial Regex CatalogueHeading();

    [GeneratedRegex(@"^\| ([A-Z]+-[A-Z0-9-]+) \|", RegexOptions.Multiline)]
    private static partial Regex CatalogueRow();
}
