using System.Text.RegularExpressions;
using GovRules.Rules;

namespace GovRules.Tests.Rules;

public sealed partial class RequirementCatalogueTests
{
    [GeneratedRegex(@"^(?:### (?<id>[A-Z][A-Z0-9-]+) —|\| (?<id>[A-Z][A-Z0-9-]+) \|)", RegexOptions.Multiline)]
    private static partial Regex CatalogueId();

    [Fact]
    public void The_pack_catalogue_has_exactly_the_ids_of_the_shared_requirements()
    {
        if (!File.Exists(RuleTestKit.SharedCatalogue)) return; // ../shared is not beside this clone

        var expected = CatalogueId().Matches(File.ReadAllText(RuleTestKit.SharedCatalogue)).Select(m => m.Groups["id"].Value).ToHashSet();
        var catalogue = Load();

        catalogue.All.Select(r => r.Id).Order().ShouldBe(expected.Order());
    }

    [Fact]
    public void Catalogue_entries_carry_the_basis_and_verification_given_in_the_requirements()
    {
        var catalogue = Load();

        catalogue.Find("HVAL-14").ShouldBe(new Requirement("HVAL-14", "Neuvottelut alueen kuntien kanssa", "611 14 §", "quoted"));
        catalogue.Find("PEL-JARJ")!.Verification.ShouldBe("secondary");
        catalogue.Find("HVAL-150")!.Verification.ShouldBe("unverified");
    }

    private static RequirementCatalogue Load()
    {
        var errors = new List<RuleDiagnostic>();
        var catalogue = new RequirementCatalogue();
        var file = RuleSource.BuiltInCatalogue();
        catalogue.Add(file.DisplayPath, file.Text, errors);
        errors.ShouldBeEmpty();
        return catalogue;
    }
}
