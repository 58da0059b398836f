using GovRules.Documents;
using GovRules.Facts;
using static GovRules.Tests.Facts.FactsFixture;

namespace GovRules.Tests.Facts;

/// <summary>The FactBase questions rules ask, by lexicon id, synonym or free word in any form.</summary>
public class QueryTests
{
    private static readonly FactBase Facts = Extract("""
        # 3 luku Johtaminen

        ## 12 § Pelastusjohtajan tehtävät

        Pelastusjohtaja vastaa pelastustoimen järjestämisestä.

        ## 13 § Aluehallituksen tehtävät

        Aluehallitus vastaa kuntien kanssa käytävistä neuvotteluista valtuustokausittain.

        Aluevaltuusto päättää palvelupisteverkon periaatteista.
        """);

    [Theory]
    [InlineData("pelastusjohtaja")]
    [InlineData("pelastuslaitoksen johtaja")]
    [InlineData("Pelastuskomentaja")]
    [InlineData("pelastuslaitoksen ylin viranhaltija")]
    public void AssignmentsOf_accepts_any_name_variant(string holder) =>
        Facts.AssignmentsOf(holder).ShouldHaveSingleItem().Terms.ShouldContain("järjestämisvastuu");

    [Fact]
    public void AssignmentsAbout_needs_every_term() =>
        Facts.AssignmentsAbout("järjestämisvastuu", "pelastustoimi").ShouldHaveSingleItem().Holder.ShouldBe("pelastusjohtaja");

    [Fact]
    public void Alternatives_in_a_term() =>
        Facts.AssignmentsAbout("palveluverkko|lähipalvelut").ShouldHaveSingleItem().Holder.ShouldBe("aluevaltuusto");

    [Fact]
    public void Composite_task_term_matches_its_words_in_any_order() =>
        Facts.AssignmentsAbout("kuntaneuvottelut").ShouldHaveSingleItem().Holder.ShouldBe("aluehallitus");

    [Fact]
    public void Free_words_in_base_form_match_inflected_task_text()
    {
        var assignment = Facts.AssignmentsOf("aluehallitus").Single();
        Facts.TaskMentions(assignment, "neuvottelu").ShouldBeTrue();
        Facts.TaskMentions(assignment, "kunta").ShouldBeTrue();
        Facts.TaskMentions(assignment, "talousarvio").ShouldBeFalse();
    }

    [Fact]
    public void Compound_head_term_matches_compounds() =>
        Facts.AssignmentsAbout("*verkko").ShouldHaveSingleItem().Holder.ShouldBe("aluevaltuusto");

    [Fact]
    public void MentionsOf_gives_every_block_with_the_term()
    {
        var anchors = Facts.MentionsOf("pelastusjohtaja").Select(l => l.Anchor).ToList();
        anchors.Count.ShouldBe(2);
        anchors[0].ShouldStartWith("12§");
        Facts.MentionsOf("tarkastuslautakunta").ShouldBeEmpty();
    }

    [Fact]
    public void FindEntity_by_synonym()
    {
        var entity = Facts.FindEntity("pelastuslaitoksen johtaja").ShouldNotBeNull();
        entity.Id.ShouldBe("pelastusjohtaja");
        entity.Kind.ShouldBe(EntityKind.Post);
        entity.Definitions.ShouldNotBeEmpty();
        Facts.FindEntity("tarkastuslautakunta").ShouldBeNull();
    }

    [Fact]
    public void SuperiorOf_is_null_when_nothing_says()
    {
        Facts.SuperiorOf("pelastusjohtaja").ShouldBeNull();
        Facts.DelegationsFrom("aluehallitus").ShouldBeEmpty();
    }

    [Fact]
    public void Queries_work_on_a_fact_base_built_by_hand()
    {
        var document = DocumentReader.ReadMarkdown("Pelastusjohtaja johtaa pelastuslaitosta.");
        var facts = new FactBase { Document = document, Entities = [], Assignments = [], Delegations = [], ReportingLines = [] };
        facts.MentionsOf("pelastusjohtaja").ShouldHaveSingleItem();
    }
}
