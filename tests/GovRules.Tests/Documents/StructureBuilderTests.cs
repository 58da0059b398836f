using GovRules.Documents;

namespace GovRules.Tests.Documents;

/// <summary>The legal structure over the blocks: parts › chapters › sections, and what a Word reader hands over.</summary>
public sealed class StructureBuilderTests
{
    private const string Draft = """
        # Hallintosääntö

        Tämä hallintosääntö on hyväksytty aluevaltuustossa.

        # 1 osa Toiminnan järjestäminen

        ## 1 luku Yleiset määräykset

        Luvun johdanto.

        ### 1 § Soveltamisala

        Tätä hallintosääntöä sovelletaan hyvinvointialueella.

        ### 2 § Määritelmät

        Tässä säännössä tarkoitetaan:

        1) toimielimellä aluevaltuustoa ja aluehallitusta;
        2) viranhaltijalla hyvinvointialuejohtajaa.

        ## 2 luku Johtaminen

        ### 3 § Hyvinvointialuejohtaja

        Hyvinvointialuejohtaja johtaa hyvinvointialueen hallintoa.

        # 2 osa Hallinto

        ## 3 luku Toimielimet

        ### 4 § Aluehallitus

        Aluehallitus päättää asioista.

        # Liite 1 Organisaatiokaavio

        Kaavio on liitteenä.
        """;

    [Fact]
    public void Builds_parts_chapters_and_sections_in_order()
    {
        var document = DocumentReader.ReadMarkdown(Draft);
        document.Parts.Select(p => (p.Number, p.Title)).ShouldBe([("1", "Toiminnan järjestäminen"), ("2", "Hallinto")]);
        document.Parts[0].Chapters.Select(c => c.Number).ShouldBe(["1", "2"]);
        document.Parts[1].Chapters.Select(c => c.Number).ShouldBe(["3"]);
        document.Chapters.Select(c => c.Title).ShouldBe(["Yleiset määräykset", "Johtaminen", "Toimielimet"]);
        document.Chapters[0].Sections.Select(s => s.Number).ShouldBe(["1", "2"]);
        document.Sections.Select(s => s.Title).ShouldBe(["Soveltamisala", "Määritelmät", "Hyvinvointialuejohtaja", "Aluehallitus"]);
        document.Chapters[0].Intro.ShouldHaveSingleItem().Text.ShouldBe("Luvun johdanto.");
        document.FindSection("2")!.ItemCount.ShouldBe(2);
    }

    [Fact]
    public void Blocks_before_any_chapter_are_top_level_and_an_appendix_heading_closes_the_last_section()
    {
        var document = DocumentReader.ReadMarkdown(Draft);
        var preamble = document.Blocks[1];
        preamble.Text.ShouldBe("Tämä hallintosääntö on hyväksytty aluevaltuustossa.");
        preamble.Location.Chapter.ShouldBeNull();
        preamble.Location.Anchor.ShouldBe("/2");
        document.FindSection("4")!.Blocks.ShouldHaveSingleItem().Text.ShouldBe("Aluehallitus päättää asioista.");
        var appendix = document.Blocks[^1];
        appendix.Text.ShouldBe("Kaavio on liitteenä.");
        appendix.Location.Section.ShouldBeNull();
        appendix.Location.Part.ShouldBeNull();
        appendix.Location.Anchor.ShouldBe($"/{document.Blocks.Count}");
    }

    [Fact]
    public void Sections_outside_chapters_are_still_sections()
    {
        var document = DocumentReader.ReadMarkdown("1 § Soveltamisala\n\nTeksti.\n\n2 § Voimaantulo\n\nSääntö tulee voimaan.\n");
        document.Chapters.ShouldBeEmpty();
        document.Sections.Select(s => s.Number).ShouldBe(["1", "2"]);
        document.Sections[1].Blocks.ShouldHaveSingleItem().Location.Citation.ShouldBe("2 § / 1 mom.");
    }

    [Fact]
    public void Every_block_knows_its_part_chapter_and_section()
    {
        var block = DocumentReader.ReadMarkdown(Draft).FindSection("2")!.Blocks[2];
        block.Kind.ShouldBe(BlockKind.ListItem);
        block.Location.Part.ShouldBe("1 osa");
        block.Location.Chapter.ShouldBe("1");
        block.Location.ChapterTitle.ShouldBe("Yleiset määräykset");
        block.Location.Section.ShouldBe("2");
        block.Location.SectionTitle.ShouldBe("Määritelmät");
        block.Location.Item.ShouldBe("2)");
        block.Location.Citation.ShouldBe("1 luku / 2 § / 1 mom. / 2) kohta");
    }

    [Fact]
    public void A_word_heading_numbered_by_its_list_label_is_a_heading()
    {
        // Word drafts often number headings with a list level whose format is "%1 luku" or "%1 §".
        var raw = new RawDocument
        {
            Blocks =
            [
                new RawBlock { Kind = BlockKind.ListItem, Text = "Toimielimet", ListLabel = "3 luku", OutlineLevel = 1 },
                new RawBlock { Kind = BlockKind.ListItem, Text = "Pelastusjohtajan tehtävät", ListLabel = "12 §", OutlineLevel = 2 },
                new RawBlock { Kind = BlockKind.Paragraph, Text = "Pelastusjohtaja johtaa pelastuslaitosta." },
            ],
        };
        var document = Build(raw);
        document.Chapters.ShouldHaveSingleItem().Title.ShouldBe("Toimielimet");
        var section = document.Sections.ShouldHaveSingleItem();
        section.Heading.Text.ShouldBe("12 § Pelastusjohtajan tehtävät");
        section.Heading.Kind.ShouldBe(BlockKind.Heading);
        section.Blocks.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_numbered_word_heading_without_a_legal_shape_is_an_other_heading_with_its_number()
    {
        var raw = new RawDocument
        {
            Blocks =
            [
                new RawBlock { Kind = BlockKind.ListItem, Text = "Yleistä", ListLabel = "1.", OutlineLevel = 1 },
                new RawBlock { Kind = BlockKind.ListItem, Text = "aluevaltuusto", ListLabel = "1)" },
            ],
        };
        var document = Build(raw);
        document.Blocks.Select(b => (b.Kind, b.Heading, b.Text, b.ListLabel)).ShouldBe(
            [(BlockKind.Heading, HeadingKind.Other, "1. Yleistä", null), (BlockKind.ListItem, null, "aluevaltuusto", "1)")]);
    }

    [Fact]
    public void Word_text_is_cleaned_and_a_styled_title_line_joins_its_bare_heading()
    {
        var raw = new RawDocument
        {
            Blocks =
            [
                new RawBlock { Kind = BlockKind.Paragraph, Text = "12\u00A0§", OutlineLevel = 2 },
                new RawBlock { Kind = BlockKind.Paragraph, Text = "Pelastus\u00ADjohtajan tehtävät", OutlineLevel = 2 },
                new RawBlock { Kind = BlockKind.Paragraph, Text = "Pelastusjohtaja vastaa pelastustoimen jär-\njestämisestä." },
                new RawBlock { Kind = BlockKind.Paragraph, Text = "   " },
                new RawBlock { Kind = BlockKind.Table, Text = "", Rows = [["Asia", "Päättäjä"], ["Hankinnat\u00A0", " Aluehallitus"]] },
            ],
        };
        var document = Build(raw);
        var section = document.Sections.ShouldHaveSingleItem();
        section.Heading.Text.ShouldBe("12 § Pelastusjohtajan tehtävät");
        section.Blocks.Select(b => b.Text).ShouldBe(["Pelastusjohtaja vastaa pelastustoimen järjestämisestä.", "Asia\tPäättäjä\nHankinnat\tAluehallitus"]);
        section.Blocks[1].Rows!.Select(r => string.Join("|", r)).ShouldBe(["Asia|Päättäjä", "Hankinnat|Aluehallitus"]);
        document.Blocks.Count.ShouldBe(3);
    }

    [Fact]
    public void Reader_warnings_and_tracked_changes_are_kept()
    {
        var raw = new RawDocument { Blocks = [new RawBlock { Kind = BlockKind.Paragraph, Text = "Teksti." }], Warnings = ["macros were not run"], HasTrackedChanges = true };
        var document = Build(raw, ChangeView.Original);
        document.Warnings.ShouldBe(["macros were not run"]);
        document.HasTrackedChanges.ShouldBeTrue();
        document.View.ShouldBe(ChangeView.Original);
    }

    private static GovDocument Build(RawDocument raw, ChangeView view = ChangeView.Accept) =>
        StructureBuilder.Build(raw, "draft.docx", SourceFormat.Docx, view, new string('0', 64));
}
