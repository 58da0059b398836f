using GovRules.Documents;

namespace GovRules.Tests.Documents;

/// <summary>Stable anchors and momentti/kohta numbering, the places every report points to.</summary>
public sealed class AnchorAndMomentTests
{
    private const string Section12 = """
        Johdanto ennen lukuja.

        ## 3 luku Toimielimet

        Luvun johdanto.

        ### 12 § Pelastusjohtajan tehtävät

        Pelastusjohtaja johtaa pelastuslaitosta.

        Pelastusjohtaja:

        1) vastaa pelastustoimen järjestämisestä;
        2) päättää pelastuslaitoksen sisäisestä organisaatiosta.

        | Asia | Päättäjä |
        |---|---|
        | Hankinnat | Pelastusjohtaja |

        Pelastusjohtajan sijaisena toimii pelastuspäällikkö.
        """;

    [Fact]
    public void Anchors_follow_the_section_number_and_the_block_ordinal_within_it()
    {
        var blocks = DocumentReader.ReadMarkdown(Section12).Blocks;
        blocks.Select(b => b.Location.Anchor).ShouldBe(["/1", "3luku", "3luku/1", "12§", "12§/1", "12§/2", "12§/3", "12§/4", "12§/5", "12§/6"]);
        blocks.Select(b => b.Location.Paragraph).ShouldBe(Enumerable.Range(1, 10));
    }

    [Fact]
    public void Each_paragraph_starts_a_momentti_and_items_and_tables_belong_to_the_current_one()
    {
        var section = DocumentReader.ReadMarkdown(Section12).FindSection("12")!;
        section.Heading.Location.Moment.ShouldBeNull();
        section.Blocks.Select(b => (b.Kind, b.Location.Moment, b.Location.Item)).ShouldBe(
        [
            (BlockKind.Paragraph, 1, null),
            (BlockKind.Paragraph, 2, null),
            (BlockKind.ListItem, 2, "1)"),
            (BlockKind.ListItem, 2, "2)"),
            (BlockKind.Table, 2, null),
            (BlockKind.Paragraph, 3, null),
        ]);
        section.ParagraphCount.ShouldBe(3);
        section.Blocks[3].Location.Citation.ShouldBe("3 luku / 12 § / 2 mom. / 2) kohta");
    }

    [Fact]
    public void Items_before_any_paragraph_belong_to_the_first_momentti()
    {
        var section = DocumentReader.ReadMarkdown("12 § Tehtävät\n\n1) ensimmäinen;\n2) toinen.\n\nLisäksi muuta.\n").Sections.ShouldHaveSingleItem();
        section.Blocks.Select(b => b.Location.Moment).ShouldBe([1, 1, 2]);
    }

    [Fact]
    public void A_repeated_section_number_is_qualified_by_its_chapter()
    {
        const string draft = "3 luku Toimielimet\n\n12 § Aluehallitus\n\nTeksti.\n\n13 § Lautakunnat\n\nTeksti.\n\n"
            + "4 luku Henkilöstö\n\n12 § Henkilöstöjaosto\n\nTeksti.\n";
        var document = DocumentReader.ReadMarkdown(draft);
        document.Sections.Select(s => s.Heading.Location.Anchor).ShouldBe(["3luku/12§", "13§", "4luku/12§"]);
        document.Sections[2].Blocks.ShouldHaveSingleItem().Location.Anchor.ShouldBe("4luku/12§/1");
    }

    [Fact]
    public void A_section_number_with_a_letter_gives_a_compact_anchor()
    {
        var section = DocumentReader.ReadMarkdown("12 a § Varautuminen\n\nTeksti.\n").Sections.ShouldHaveSingleItem();
        section.Heading.Location.Anchor.ShouldBe("12a§");
        section.Blocks[0].Location.Anchor.ShouldBe("12a§/1");
    }

    [Fact]
    public void The_same_text_gives_the_same_anchors()
    {
        var first = DocumentReader.ReadMarkdown(Section12).Blocks.Select(b => b.Location);
        var second = DocumentReader.ReadMarkdown(Section12).Blocks.Select(b => b.Location);
        second.ShouldBe(first);
    }

    [Fact]
    public void Snippets_are_short_and_cut_at_a_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("hyvinvointialue", 12));
        var block = DocumentReader.ReadMarkdown(text).Blocks.ShouldHaveSingleItem();
        block.Location.Snippet.Length.ShouldBeLessThanOrEqualTo(80);
        block.Location.Snippet.ShouldEndWith("hyvinvointialue…");
    }
}
