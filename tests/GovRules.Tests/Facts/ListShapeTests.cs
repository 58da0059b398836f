using GovRules.Facts;
using static GovRules.Tests.Facts.FactsFixture;

namespace GovRules.Tests.Facts;

/// <summary>Phrasing guide §2: the holder named once in a title or lead-in is carried to every subjectless item (shapes A–F).</summary>
public class ListShapeTests
{
    [Fact]
    public void Shape_A_statutory_lead_in_with_finite_verb_items()
    {
        var facts = Extract("""
            Aluehallitus laissa säädettyjen tehtävien lisäksi:

            1. vastaa kuntaneuvottelujen valmistelusta;
            2. päättää palveluverkon kehittämisestä; sekä
            3. asettaa vaikuttamistoimielimet.
            """);
        facts.Assignments.Select(a => a.Verb).ShouldBe([AssignmentVerb.Vastaa, AssignmentVerb.Paattaa, AssignmentVerb.Muu]);
        facts.Assignments.ShouldAllBe(a => a.Holder == "aluehallitus" && a.Qualifiers.HasFlag(AssignmentQualifiers.InAdditionToStatute));
        facts.TaskMentions(facts.Assignments[0], "kuntaneuvottelut").ShouldBeTrue();
        facts.TaskMentions(facts.Assignments[1], "palveluverkko").ShouldBeTrue();
    }

    [Fact]
    public void Shape_B_infinitive_items_under_a_generic_lead_in_belong_to_the_section_organ()
    {
        var facts = Extract("""
            ## 20 § Hyvinvointilautakunnan tehtävät

            Lautakunnan tehtävänä on:

            1. edistää asukkaiden hyvinvointia ja terveyttä;
            2. Seurata väestön hyvinvoinnin kehitystä;
            3. vastata hyvinvointikertomuksen valmistelusta.
            """);
        facts.Assignments.Count.ShouldBe(3);
        facts.Assignments.ShouldAllBe(a => a.Holder == "hyvinvointilautakunta");
        facts.Assignments[2].Verb.ShouldBe(AssignmentVerb.Vastaa);
        facts.TaskMentions(facts.Assignments[2], "hyvinvointikertomus").ShouldBeTrue();
    }

    [Fact]
    public void Shape_B_items_under_a_title_alone()
    {
        var facts = Extract("""
            ## 14 § Aluehallituksen tehtävät

            1. Vastata hyvinvointialuestrategian valmistelusta;
            2. johtaa hyvinvointialueen toimintaa, hallintoa ja taloutta.
            """);
        facts.Assignments.Select(a => (a.Holder, a.Verb)).ShouldBe([("aluehallitus", AssignmentVerb.Vastaa), ("aluehallitus", AssignmentVerb.Johtaa)]);
        facts.FindEntity("aluehallitus")!.Definitions.ShouldNotBeEmpty();
    }

    [Fact]
    public void Shape_C_elative_items_under_a_paattaa_lead_in()
    {
        var facts = Extract("""
            Tarkastuslautakunta päättää

            1. arviointisuunnitelmasta;
            2. tilintarkastajan työn ohjauksesta.
            """);
        facts.Assignments.Count.ShouldBe(2);
        facts.Assignments.ShouldAllBe(a => a.Holder == "tarkastuslautakunta" && a.Verb == AssignmentVerb.Paattaa);
        facts.TaskMentions(facts.Assignments[0], "tarkastus").ShouldBeTrue();
    }

    [Fact]
    public void Shape_D_elative_bullets_under_a_non_exhaustive_vastaa_lead_in()
    {
        var facts = Extract("""
            Hyvinvointialuejohtaja vastaa muun muassa:

            - hallinnon kehittämisestä
            - talousarvion valmistelusta
            - valmistelee kuntaneuvottelut
            """);
        facts.Assignments.Select(a => a.Verb).ShouldBe([AssignmentVerb.Vastaa, AssignmentVerb.Vastaa, AssignmentVerb.Valmistelee]);
        facts.Assignments.ShouldAllBe(a => a.Holder == "hyvinvointialuejohtaja" && a.Qualifiers.HasFlag(AssignmentQualifiers.NonExhaustive));
    }

    [Fact]
    public void Shape_E_nominative_items_prepared_for_a_recipient_stay_with_the_lead_in_holder()
    {
        var facts = Extract("""
            Hyvinvointialuejohtajan tehtävänä on lisäksi valmistella aluehallitukselle:

            1. esitys talousarvioksi;
            2. esitys palveluverkon kehittämisestä.
            """);
        facts.Assignments.Count.ShouldBe(2);
        facts.Assignments.ShouldAllBe(a => a.Holder == "hyvinvointialuejohtaja" && a.Verb == AssignmentVerb.Valmistelee);
        facts.AssignmentsOf("aluehallitus").ShouldBeEmpty();
    }

    [Fact]
    public void Shape_F_bare_colon_lead_in()
    {
        var facts = Extract("""
            ## 21 § Pelastuslautakunnan tehtävät

            Lautakunta:

            1. vastaa pelastustoimen palvelutasopäätöksen valmistelusta (pelastuslaki 28 §);
            2. seuraa palvelutason toteutumista.
            """);
        facts.Assignments.Select(a => a.Holder).Distinct().ShouldBe(["pelastuslautakunta"]);
        facts.AssignmentsAbout("palvelutasopäätös").Count().ShouldBe(2);
    }

    [Fact]
    public void Items_with_an_allative_recipient_keep_the_carried_holder()
    {
        var facts = Extract("""
            ## 12 § Pelastusjohtajan tehtävät

            1. valmistelee aluehallitukselle esityksen pelastustoimen palvelutasosta;
            2. vastaa pelastustoimen järjestämisestä.
            """);
        facts.Assignments.ShouldAllBe(a => a.Holder == "pelastusjohtaja");
        facts.AssignmentsAbout("järjestämisvastuu", "pelastustoimi").Single().Verb.ShouldBe(AssignmentVerb.Vastaa);
    }

    [Fact]
    public void A_unit_as_holder_of_statutory_duties()
    {
        var facts = Extract("""
            Pelastuslaitos huolehtii alueellaan:

            1. pelastustoimen palvelutasopäätöksen valmistelusta;
            2. onnettomuuksien ehkäisystä.
            """);
        facts.Assignments.Count.ShouldBe(2);
        facts.Assignments.ShouldAllBe(a => a.Holder == "pelastuslaitos" && a.Verb == AssignmentVerb.Huolehtii);
        facts.FindEntity("pelastuslaitos")!.Kind.ShouldBe(EntityKind.Unit);
    }

    [Fact]
    public void An_item_with_its_own_subject_is_not_carried()
    {
        var facts = Extract("""
            Aluehallitus:

            1. vastaa omistajaohjauksesta;
            2. Hyvinvointialuejohtaja vastaa talousarvion täytäntöönpanosta.
            """);
        facts.Assignments.Select(a => a.Holder).ShouldBe(["aluehallitus", "hyvinvointialuejohtaja"]);
    }

    [Fact]
    public void Inline_items_after_a_colon_in_one_paragraph_are_carried()
    {
        var facts = Extract("Pelastusjohtaja: 1) johtaa pelastuslaitosta; 2) vastaa pelastustoimen järjestämisestä.");
        facts.Assignments.Select(a => (a.Holder, a.Verb)).ShouldBe([("pelastusjohtaja", AssignmentVerb.Johtaa), ("pelastusjohtaja", AssignmentVerb.Vastaa)]);
    }
}
