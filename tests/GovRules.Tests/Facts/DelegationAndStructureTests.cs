using GovRules.Documents;
using GovRules.Facts;
using GovRules.OrgCharts;
using static GovRules.Tests.Facts.FactsFixture;

namespace GovRules.Tests.Facts;

/// <summary>Phrasing guide §4 delegations, reporting lines from text and chart, and decision-power tables.</summary>
public class DelegationAndStructureTests
{
    [Fact]
    public void Delegation_names_delegator_recipient_and_scope()
    {
        var delegation = Extract("Aluehallitus voi siirtää toimivaltaansa hyvinvointialuejohtajalle.").Delegations.ShouldHaveSingleItem();
        delegation.From.ShouldBe("aluehallitus");
        delegation.To.ShouldBe("hyvinvointialuejohtaja");
        delegation.Scope.ShouldContain("toimivaltaansa");
        delegation.Redelegation.ShouldBe(Redelegation.Unspecified);
    }

    [Fact]
    public void Further_delegation_allowed()
    {
        var delegation = Extract("Hyvinvointialuejohtaja voi siirtää toimivaltaansa edelleen alaiselleen viranhaltijalle.").Delegations.ShouldHaveSingleItem();
        delegation.Redelegation.ShouldBe(Redelegation.Allowed);
        delegation.To.ShouldBe("viranhaltija");
    }

    [Fact]
    public void Further_delegation_forbidden()
    {
        var facts = Extract("Viranhaltija ei voi siirtää hänelle siirrettyä toimivaltaa edelleen.");
        facts.Delegations.ShouldHaveSingleItem().Redelegation.ShouldBe(Redelegation.Forbidden);
        facts.DelegationsFrom("viranhaltija").ShouldHaveSingleItem();
    }

    [Fact]
    public void The_instrument_is_named()
    {
        var delegation = Extract("Lautakunta voi siirtää päätösvaltaansa jaostolle toimintasäännöllä.").Delegations.ShouldHaveSingleItem();
        delegation.Instrument.ShouldBe("toimintasäännöllä");
        delegation.To.ShouldBe("jaosto");
    }

    [Fact]
    public void Agentless_delegation_wording_invents_no_delegator() =>
        Extract("Toimivaltaa siirretään hallintosäännön määräyksin.").Delegations.ShouldBeEmpty();

    [Fact]
    public void Reporting_line_from_alaisuudessa()
    {
        var facts = Extract("Pelastuslaitos toimii hyvinvointialuejohtajan alaisuudessa.");
        facts.SuperiorOf("pelastuslaitos").ShouldBe("hyvinvointialuejohtaja");
        facts.Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void Chart_lines_come_before_text_lines()
    {
        var chart = new OrgChart
        {
            SourceName = "kaavio.yaml",
            Form = OrgChartForm.Yaml,
            Roots =
            [
                new OrgNode
                {
                    Name = "Aluehallitus", Kind = OrgNodeKind.Organ,
                    Children = [new OrgNode
                    {
                        Name = "Terveys ja turvallisuus", Kind = OrgNodeKind.Unit, Head = "Toimialajohtaja",
                        Children = [new OrgNode { Name = "Pelastuslaitos", Kind = OrgNodeKind.Unit, Head = "Pelastusjohtaja" }],
                    }],
                },
            ],
        };
        var document = DocumentReader.ReadMarkdown("Pelastuslaitos toimii hyvinvointialuejohtajan alaisuudessa.");
        var facts = FactBase.Build(document, chart);
        facts.SuperiorOf("pelastuslaitos").ShouldBe("terveys ja turvallisuus");
        facts.SuperiorOf("pelastusjohtaja").ShouldBe("pelastuslaitos");
        facts.ReportingLines.ShouldContain(l => l.Subordinate == "pelastusjohtaja" && l.Superior == "toimialajohtaja");
        facts.FindEntity("pelastusjohtaja")!.InChart.ShouldBeTrue();
        facts.FindEntity("aluehallitus")!.Kind.ShouldBe(EntityKind.Organ);
    }

    [Fact]
    public void Decision_power_table_gives_the_decider_a_paattaa_assignment()
    {
        var facts = Extract("""
            | Asia | Päättäjä |
            |---|---|
            | Pelastustoimen palvelutasopäätös | Aluevaltuusto |
            | Virkojen täyttäminen pelastuslaitoksessa | Pelastusjohtaja |
            """);
        facts.Assignments.Select(a => (a.Holder, a.Verb)).ShouldBe([("aluevaltuusto", AssignmentVerb.Paattaa), ("pelastusjohtaja", AssignmentVerb.Paattaa)]);
        facts.AssignmentsAbout("palvelutasopäätös").Single().Holder.ShouldBe("aluevaltuusto");
    }

    [Fact]
    public void A_table_without_a_decider_column_gives_nothing() =>
        Extract("""
            | Vuosi | Määräraha |
            |---|---|
            | 2025 | Aluehallitus |
            """).Assignments.ShouldBeEmpty();
}
