using GovRules.Documents;
using GovRules.Facts;

namespace GovRules.Tests.Facts;

/// <summary>Extraction over the sample drafts in samples/hallintosaanto: what a reader of each draft would expect to find.</summary>
public class SampleExtractionTests
{
    private static FactBase Sample(string name) =>
        FactBase.Build(DocumentReader.Read(Path.Combine(FactsFixture.SamplesDir, name)), null);

    [Fact]
    public void Terveys_ja_turvallisuus_keeps_the_pelastusjohtajas_organising_responsibility()
    {
        var facts = Sample("terveys-ja-turvallisuus.md");
        var assignment = facts.AssignmentsAbout("järjestämisvastuu", "pelastustoimi").Where(a => a.Holder == "pelastusjohtaja").ShouldHaveSingleItem();
        assignment.Verb.ShouldBe(AssignmentVerb.Omistaa);
        assignment.Location.Section.ShouldBe("28");
        facts.AssignmentsOf("pelastusjohtaja").ShouldContain(a => a.Verb == AssignmentVerb.Johtaa && facts.TaskMentions(a, "pelastuslaitos"));
    }

    [Fact]
    public void Terveys_ja_turvallisuus_council_powers_come_from_list_and_table()
    {
        var facts = Sample("terveys-ja-turvallisuus.md");
        var council = facts.AssignmentsOf("aluevaltuusto").Where(a => a.Verb == AssignmentVerb.Paattaa).ToList();
        council.ShouldContain(a => a.Location.Section == "21" && facts.TaskMentions(a, "palvelutasopäätös"));
        council.ShouldContain(a => a.Location.Section == "40" && facts.TaskMentions(a, "palvelutasopäätös"));
        facts.AssignmentsAbout("kuntaneuvottelut").ShouldContain(a => a.Holder == "aluehallitus");
        facts.DelegationsFrom("aluehallitus").ShouldContain(d => d.Redelegation == Redelegation.Allowed && d.To == "viranhaltija");
    }

    [Fact]
    public void Ilman_pelastusvastuuta_has_no_organising_responsibility_for_the_pelastusjohtaja()
    {
        var facts = Sample("terveys-ja-turvallisuus-ilman-pelastusvastuuta.md");
        facts.AssignmentsOf("pelastusjohtaja").ShouldNotBeEmpty();
        facts.AssignmentsOf("pelastusjohtaja").ShouldNotContain(a => facts.TaskMentions(a, "järjestämisvastuu") && facts.TaskMentions(a, "pelastustoimi"));
    }

    [Fact]
    public void Toimialat_names_the_hyte_body_and_the_rescue_committee()
    {
        var facts = Sample("toimialat.md");
        facts.AssignmentsOf("hyvinvointilautakunta").ShouldContain(a => a.Verb == AssignmentVerb.Toimii && facts.TaskMentions(a, "vastuutaho"));
        facts.AssignmentsAbout("hyte-neuvottelut").ShouldContain(a => a.Holder == "hyvinvointilautakunta");
        facts.AssignmentsOf("pelastuslautakunta").ShouldContain(a => a.Verb == AssignmentVerb.Paattaa && facts.TaskMentions(a, "palvelutasopäätös"));
        facts.AssignmentsOf("pelastusjohtaja").ShouldContain(a => a.Verb == AssignmentVerb.Vastaa && facts.TaskMentions(a, "järjestämisvastuu"));
    }

    [Fact]
    public void Palvelulinjat_gives_the_integraatiojohtaja_the_coordination_and_a_reporting_line_for_the_rescue_department()
    {
        var facts = Sample("palvelulinjat.md");
        facts.AssignmentsAbout("yhteensovittaminen", "palvelukokonaisuus").ShouldContain(a => a.Holder == "integraatiojohtaja");
        facts.AssignmentsOf("aluehallitus").ShouldContain(a => a.Qualifiers.HasFlag(AssignmentQualifiers.InAdditionToStatute) && facts.TaskMentions(a, "saatavuus"));
        facts.SuperiorOf("pelastuslaitos").ShouldBe("hyvinvointialuejohtaja");
        facts.AssignmentsOf("pelastusjohtaja").ShouldContain(a => a.Verb == AssignmentVerb.Omistaa && facts.TaskMentions(a, "viranhaltijavastuu"));
    }

    [Fact]
    public void Kaksikielinen_has_the_language_committee_and_the_per_term_negotiations()
    {
        var facts = Sample("kaksikielinen.md");
        facts.FindEntity("kansalliskielilautakunta").ShouldNotBeNull().Definitions.ShouldNotBeEmpty();
        facts.AssignmentsOf("kansalliskielilautakunta").Count().ShouldBeGreaterThanOrEqualTo(4);
        facts.AssignmentsAbout("kuntaneuvottelut").ShouldContain(a => a.Holder == "aluehallitus");
    }

    [Fact]
    public void No_sample_makes_a_holder_of_an_allative_recipient_or_an_answers_to_sentence()
    {
        foreach (var path in Directory.GetFiles(FactsFixture.SamplesDir, "*.md").Where(p => !p.Contains(".org", StringComparison.Ordinal)))
        {
            var facts = FactBase.Build(DocumentReader.Read(path), null);
            facts.Assignments.ShouldNotContain(a => a.HolderText.EndsWith("lle", StringComparison.OrdinalIgnoreCase), Path.GetFileName(path));
        }
    }
}
