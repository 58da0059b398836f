using static GovRules.Tests.Facts.FactsFixture;

namespace GovRules.Tests.Facts;

/// <summary>Phrasing guide traps: wording that looks like an assignment but gives none, or not to the name it mentions.</summary>
public class TrapTests
{
    [Theory]
    [InlineData("Hyvinvointialuejohtaja vastaa toiminnastaan aluehallitukselle.")]
    [InlineData("Aluehallitus päättää hyväksyä talousarvion.")]
    [InlineData("Toimivaltaa siirretään hallintosäännön määräyksin.")]
    [InlineData("Aluevaltuuston alaisuudessa toimivat tarkastuslautakunta ja aluevaalilautakunta.")]
    [InlineData("Palvelujen saatavuus turvataan koko alueella.")]
    [InlineData("Palveluverkosta päätetään vuosittain.")]
    [InlineData("Aluehallitus kokoontuu tarvittaessa.")]
    [InlineData("Lautakunta toimii aluehallituksen alaisena.")]
    [InlineData("Hyvinvointialueella on aluevaltuusto, aluehallitus ja tarkastuslautakunta.")]
    [InlineData("Aluehallitus päättää, että kokous pidetään sähköisesti.")]
    public void Gives_no_assignment(string passage)
    {
        var facts = Extract(passage);
        facts.Assignments.ShouldBeEmpty(string.Join("; ", facts.Assignments.Select(a => $"{a.Holder} {a.Verb} «{a.Task}»")));
    }

    [Fact]
    public void Paattaa_with_infinitive_items_in_minutes_is_a_resolution()
    {
        var facts = Extract("""
            Aluehallitus päättää

            1. hyväksyä talousarvion;
            2. todeta kokouksen päätösvaltaiseksi.
            """);
        facts.Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void A_cooperation_partner_is_not_a_holder()
    {
        var facts = Extract("Hyvinvointialuejohtaja vastaa yhteistyössä pelastusjohtajan kanssa valmiussuunnittelusta.");
        Single(facts).Holder.ShouldBe("hyvinvointialuejohtaja");
        facts.AssignmentsOf("pelastusjohtaja").ShouldBeEmpty();
    }

    [Fact]
    public void An_allative_recipient_is_not_a_holder()
    {
        var facts = Extract("Pelastusjohtaja valmistelee aluehallitukselle esityksen palvelutasopäätökseksi.");
        Single(facts).Holder.ShouldBe("pelastusjohtaja");
        facts.AssignmentsOf("aluehallitus").ShouldBeEmpty();
    }

    [Fact]
    public void Johtaja_does_not_match_a_compound_post()
    {
        var facts = Extract("Hyvinvointialuejohtaja johtaa hyvinvointialueen hallintoa.");
        facts.AssignmentsOf("johtaja").ShouldBeEmpty();
        facts.AssignmentsOf("hyvinvointialuejohtaja").ShouldHaveSingleItem();
        facts.AssignmentsOf("*johtaja").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_plain_paragraph_in_a_task_section_does_not_inherit_the_title_holder()
    {
        var facts = Extract("""
            ## 14 § Aluehallituksen tehtävät

            Tässä pykälässä tarkoitetuista asioista säädetään hyvinvointialuelaissa.
            """);
        facts.Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void A_list_under_an_agentless_lead_in_gives_nothing()
    {
        var facts = Extract("""
            ## 30 § Kokousmenettely

            Kokouksessa käsitellään:

            1. talousarvio;
            2. tilinpäätös.
            """);
        facts.Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void An_agentless_lead_in_inside_a_task_section_stops_the_title_holder()
    {
        var facts = Extract("""
            ## 22 § Aluehallituksen tehtävät

            1. vastaa omistajaohjauksesta.

            Aluehallituksen kokouksessa käsitellään:

            1. talousarvio;
            2. tilinpäätös.
            """);
        Single(facts).Terms.ShouldContain("omistajaohjaus");
    }

    [Fact]
    public void Agentless_structure_gives_reporting_lines_not_tasks()
    {
        var facts = Extract("Aluevaltuuston alaisuudessa toimivat tarkastuslautakunta ja aluevaalilautakunta.");
        facts.ReportingLines.Select(l => (l.Subordinate, l.Superior)).ShouldBe([("tarkastuslautakunta", "aluevaltuusto"), ("aluevaalilautakunta", "aluevaltuusto")]);
        facts.SuperiorOf("tarkastuslautakunta").ShouldBe("aluevaltuusto");
    }

    [Fact]
    public void A_subjectless_sentence_outside_a_holder_context_gives_nothing()
    {
        var facts = Extract("Vastaa palvelujen saatavuudesta.");
        facts.Assignments.ShouldBeEmpty();
    }
}
