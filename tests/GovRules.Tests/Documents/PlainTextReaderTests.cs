using GovRules.Documents;

namespace GovRules.Tests.Documents;

/// <summary>The plain-text reader: blank lines separate paragraphs; headings and list items stand alone.</summary>
public sealed class PlainTextReaderTests
{
    private const string Draft = """
        3 luku
        Toimielimet

        12 § Pelastusjohtajan tehtävät
        Pelastusjohtaja johtaa pelastuslaitosta ja vastaa pelastustoimen jär-
        jestämisestä. Lisäksi pelastusjohtaja:
        1) päättää pelastuslaitoksen
           sisäisestä organisaatiosta;
        2) vastaa varautumisesta.
        - luettelo
          - sisennetty

        12 §:n mukaan asia on näin.
        """;

    [Fact]
    public void Headings_and_list_items_on_their_own_lines_are_blocks()
    {
        var blocks = PlainTextReader.Read(Draft).Blocks;
        blocks.Select(b => (b.Kind, b.ListLabel, b.ListLevel)).ShouldBe(
        [
            (BlockKind.Paragraph, null, 0),
            (BlockKind.Paragraph, null, 0),
            (BlockKind.Paragraph, null, 0),
            (BlockKind.Paragraph, null, 0),
            (BlockKind.ListItem, "1)", 0),
            (BlockKind.ListItem, "2)", 0),
            (BlockKind.ListItem, "•", 0),
            (BlockKind.ListItem, "•", 1),
            (BlockKind.Paragraph, null, 0),
        ]);
    }

    [Fact]
    public void A_wrapped_line_that_starts_with_a_later_ordinal_stays_in_its_paragraph()
    {
        var blocks = PlainTextReader.Read("Sääntö tulee voimaan vuoden\n2027. alusta.\n").Blocks;
        blocks.ShouldHaveSingleItem().Kind.ShouldBe(BlockKind.Paragraph);
    }

    [Fact]
    public void A_text_draft_reads_into_chapters_sections_and_items()
    {
        var document = DocumentReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Draft)), "luonnos.txt");
        document.Format.ShouldBe(SourceFormat.Text);
        document.Chapters.ShouldHaveSingleItem().Title.ShouldBe("Toimielimet");
        var section = document.Sections.ShouldHaveSingleItem();
        section.Title.ShouldBe("Pelastusjohtajan tehtävät");
        section.Blocks[0].Text.ShouldBe("Pelastusjohtaja johtaa pelastuslaitosta ja vastaa pelastustoimen järjestämisestä. Lisäksi pelastusjohtaja:");
        section.Blocks[1].Text.ShouldBe("päättää pelastuslaitoksen sisäisestä organisaatiosta;");
        section.ItemCount.ShouldBe(4);
        section.Blocks[^1].Text.ShouldBe("12 §:n mukaan asia on näin.");
        section.Blocks[^1].Location.Moment.ShouldBe(2);
    }
}
