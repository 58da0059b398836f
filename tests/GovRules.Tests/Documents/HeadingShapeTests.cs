using GovRules.Documents;

namespace GovRules.Tests.Documents;

/// <summary>Headings recognised by their text shape, styled or not, read from Markdown written here.</summary>
public sealed class HeadingShapeTests
{
    [Theory]
    [InlineData("12 § Pelastusjohtajan tehtävät", "12", "Pelastusjohtajan tehtävät")]
    [InlineData("12 §", "12", "")]
    [InlineData("12 a § Varautuminen", "12 a", "Varautuminen")]
    [InlineData("12a § Varautuminen", "12 a", "Varautuminen")]
    [InlineData("§ 12", "12", "")]
    [InlineData("§ 12 Pelastusjohtajan tehtävät", "12", "Pelastusjohtajan tehtävät")]
    [InlineData("§ 12. Pelastusjohtajan tehtävät", "12", "Pelastusjohtajan tehtävät")]
    [InlineData("12 §. Pelastusjohtajan tehtävät", "12", "Pelastusjohtajan tehtävät")]
    [InlineData("12§ Pelastusjohtajan tehtävät", "12", "Pelastusjohtajan tehtävät")]
    [InlineData("12 § – Pelastusjohtajan tehtävät", "12", "Pelastusjohtajan tehtävät")]
    public void Unstyled_section_heading_shapes_are_sections(string line, string number, string title)
    {
        var document = DocumentReader.ReadMarkdown($"{line}\n\nPelastusjohtaja johtaa pelastuslaitosta.\n");
        var section = document.Sections.ShouldHaveSingleItem();
        section.Number.ShouldBe(number);
        section.Title.ShouldBe(title);
        section.Heading.Heading.ShouldBe(HeadingKind.Section);
        section.Heading.HeadingLevel.ShouldBeNull();
        section.Blocks.ShouldHaveSingleItem().Text.ShouldBe("Pelastusjohtaja johtaa pelastuslaitosta.");
    }

    [Theory]
    [InlineData("3 luku Toimielimet", "3", "Toimielimet")]
    [InlineData("3 LUKU", "3", "")]
    [InlineData("3 LUKU TOIMIELIMET", "3", "TOIMIELIMET")]
    [InlineData("3. luku Toimielimet", "3", "Toimielimet")]
    [InlineData("3 luku: Toimielimet", "3", "Toimielimet")]
    public void Chapter_heading_shapes_are_chapters(string line, string number, string title)
    {
        var chapter = DocumentReader.ReadMarkdown($"{line}\n\n1 § Aluevaltuusto\n\nTeksti.\n").Chapters.ShouldHaveSingleItem();
        chapter.Number.ShouldBe(number);
        chapter.Title.ShouldBe(title);
        chapter.Sections.ShouldHaveSingleItem().Number.ShouldBe("1");
    }

    [Theory]
    [InlineData("2 osa Hallinto", "2", "Hallinto")]
    [InlineData("II OSA", "II", "")]
    [InlineData("II osa Talous", "II", "Talous")]
    public void Part_heading_shapes_are_parts(string line, string number, string title)
    {
        var document = DocumentReader.ReadMarkdown($"{line}\n\n3 luku Toimielimet\n\n12 § Aluehallitus\n\nTeksti.\n");
        var part = document.Parts.ShouldHaveSingleItem();
        part.Number.ShouldBe(number);
        part.Title.ShouldBe(title);
        part.Chapters.ShouldHaveSingleItem().Number.ShouldBe("3");
        document.Sections.ShouldHaveSingleItem().Heading.Location.Part.ShouldBe($"{number} osa");
    }

    [Theory]
    [InlineData("12 §:n mukaan aluehallitus päättää asiasta.")]
    [InlineData("22 §:ssä säädetään pelastustoimen järjestämisestä")]
    [InlineData("12 § Aluehallitus päättää hankinnoista, ellei toisin ole määrätty. Lisäksi se vastaa muusta.")]
    [InlineData("12 § Pelastusjohtaja vastaa pelastustoimen järjestämisestä.")]
    [InlineData("12 § sisältää määräykset, joita sovelletaan")]
    [InlineData("3 luvussa säädetään toimielimistä.")]
    [InlineData("2 osa-aluetta on järjestetty")]
    [InlineData("12 ja 13 § koskevat toimielimiä")]
    public void Body_text_that_starts_like_a_heading_is_not_a_heading(string line)
    {
        var document = DocumentReader.ReadMarkdown($"## 5 § Pelastuslaitos\n\n{line}\n");
        var section = document.Sections.ShouldHaveSingleItem();
        section.Number.ShouldBe("5");
        var block = section.Blocks.ShouldHaveSingleItem();
        block.Kind.ShouldBe(BlockKind.Paragraph);
        block.Location.Moment.ShouldBe(1);
        document.Chapters.ShouldBeEmpty();
        document.Parts.ShouldBeEmpty();
    }

    [Fact]
    public void A_long_sentence_is_not_a_heading_even_with_a_section_sign()
    {
        var sentence = "12 § Hyvinvointialueen pelastuslaitoksen johtajana toimii pelastusjohtaja, joka johtaa ja kehittää "
            + "pelastuslaitoksen toimintaa sekä vastaa alueen pelastustoimen palvelutasopäätöksen valmistelusta ja toimeenpanosta";
        DocumentReader.ReadMarkdown(sentence).Sections.ShouldBeEmpty();
    }

    [Fact]
    public void A_bare_heading_takes_its_title_from_the_next_short_styled_line()
    {
        var document = DocumentReader.ReadMarkdown("# 3 luku\n\n# Toimielimet\n\n## 12 §\n\n## Pelastusjohtajan tehtävät\n\nTeksti.\n");
        var chapter = document.Chapters.ShouldHaveSingleItem();
        chapter.Title.ShouldBe("Toimielimet");
        chapter.Heading.Text.ShouldBe("3 luku Toimielimet");
        var section = chapter.Sections.ShouldHaveSingleItem();
        section.Title.ShouldBe("Pelastusjohtajan tehtävät");
        document.Blocks.Count.ShouldBe(3);
        document.Blocks.ShouldNotContain(b => b.Heading == HeadingKind.Other);
    }

    [Fact]
    public void A_heading_broken_over_two_lines_in_one_paragraph_keeps_its_title()
    {
        var section = DocumentReader.ReadMarkdown("12 §\\\nPelastusjohtajan tehtävät\n\nTeksti.\n").Sections.ShouldHaveSingleItem();
        section.Title.ShouldBe("Pelastusjohtajan tehtävät");
        section.Heading.Text.ShouldBe("12 § Pelastusjohtajan tehtävät");
    }

    [Fact]
    public void A_bare_section_followed_by_running_text_stays_untitled()
    {
        var section = DocumentReader.ReadMarkdown("12 §\n\nPelastusjohtaja johtaa pelastuslaitosta.\n").Sections.ShouldHaveSingleItem();
        section.Title.ShouldBe("");
        section.Blocks.ShouldHaveSingleItem().Text.ShouldBe("Pelastusjohtaja johtaa pelastuslaitosta.");
    }

    [Fact]
    public void A_styled_heading_without_a_legal_shape_is_other()
    {
        var document = DocumentReader.ReadMarkdown("# Hallintosääntö\n\n## Yleistä\n\nTeksti.\n");
        document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Heading, b.HeadingLevel))
            .ShouldBe([(HeadingKind.Other, 1), (HeadingKind.Other, 2)]);
        document.Sections.ShouldBeEmpty();
    }

    [Fact]
    public void A_styled_heading_may_have_a_lower_case_title()
    {
        var section = DocumentReader.ReadMarkdown("## 12 § pelastusjohtajan tehtävät\n\nTeksti.\n").Sections.ShouldHaveSingleItem();
        section.Title.ShouldBe("pelastusjohtajan tehtävät");
    }
}
