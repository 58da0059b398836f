using GovRules.Documents;

namespace GovRules.Tests.Documents;

/// <summary>The Markdown reader on what pandoc and people write.</summary>
public sealed class MarkdownReaderTests
{
    private static IReadOnlyList<RawBlock> Read(string markdown) => MarkdownReader.Read(markdown).Blocks;

    [Fact]
    public void Atx_and_setext_headings_carry_their_outline_level()
    {
        var blocks = Read("# Hallintosääntö #\n\n### 12 § Tehtävät\n\nOsa 1\n=====\n\nYleistä\n-------\n");
        blocks.Select(b => (b.Text, b.OutlineLevel)).ShouldBe(
            [("Hallintosääntö", 1), ("12 § Tehtävät", 3), ("Osa 1", 1), ("Yleistä", 2)]);
    }

    [Fact]
    public void Soft_line_breaks_join_a_paragraph_with_spaces_and_hard_breaks_stay()
    {
        var blocks = Read("Aluehallitus\npäättää asiasta.\n\nEnsimmäinen rivi  \ntoinen rivi\\\nkolmas\n");
        blocks.Select(b => b.Text).ShouldBe(["Aluehallitus päättää asiasta.", "Ensimmäinen rivi\ntoinen rivi\nkolmas"]);
    }

    [Fact]
    public void Ordered_lists_keep_their_labels_as_written()
    {
        var blocks = Read("Pelastusjohtaja:\n1) johtaa;\n2) vastaa.\n\n1. yksi\n2. kaksi\n\na) alfa\n(b) beeta\n");
        blocks.Skip(1).Select(b => (b.Kind, b.ListLabel, b.Text)).ShouldBe(
        [
            (BlockKind.ListItem, "1)", "johtaa;"),
            (BlockKind.ListItem, "2)", "vastaa."),
            (BlockKind.ListItem, "1.", "yksi"),
            (BlockKind.ListItem, "2.", "kaksi"),
            (BlockKind.ListItem, "a)", "alfa"),
            (BlockKind.ListItem, "(b)", "beeta"),
        ]);
    }

    [Fact]
    public void Bullets_become_dots_and_indentation_nests()
    {
        var blocks = Read("- aluevaltuusto\n  * aluehallitus\n    + jaosto\n  * lautakunta\n- tarkastuslautakunta\n");
        blocks.Select(b => (b.ListLabel, b.ListLevel, b.Text)).ShouldBe(
        [
            ("•", 0, "aluevaltuusto"),
            ("•", 1, "aluehallitus"),
            ("•", 2, "jaosto"),
            ("•", 1, "lautakunta"),
            ("•", 0, "tarkastuslautakunta"),
        ]);
    }

    [Fact]
    public void A_wrapped_list_item_continues_on_the_next_line()
    {
        var item = Read("1) vastaa pelastustoimen\n   järjestämisestä;\n").ShouldHaveSingleItem();
        item.Text.ShouldBe("vastaa pelastustoimen järjestämisestä;");
    }

    [Fact]
    public void Pipe_tables_become_rows_without_the_separator()
    {
        var table = Read("| Asia | Päättäjä |\n|:-----|---------:|\n| Hankinnat \\| pienet | **Aluehallitus** |\n| Henkilöstö | Johtaja |\n").ShouldHaveSingleItem();
        table.Kind.ShouldBe(BlockKind.Table);
        table.Rows!.Select(r => string.Join(";", r)).ShouldBe(["Asia;Päättäjä", "Hankinnat | pienet;Aluehallitus", "Henkilöstö;Johtaja"]);
    }

    [Fact]
    public void Quotes_and_code_are_paragraphs_and_comments_and_front_matter_are_dropped()
    {
        var blocks = Read("---\ntitle: Luonnos\n---\n<!-- luonnos,\nei julkinen -->\n> Lainaus\n> jatkuu.\n\n```\n12 §:n mukaan\n```\n\nLoppu.\n");
        blocks.Select(b => (b.Kind, b.Text)).ShouldBe(
        [
            (BlockKind.Paragraph, "Lainaus jatkuu."),
            (BlockKind.Paragraph, "12 §:n mukaan"),
            (BlockKind.Paragraph, "Loppu."),
        ]);
    }

    [Fact]
    public void Inline_markup_is_removed_and_escapes_are_kept_literally()
    {
        var block = Read("**12 §** *Pelastusjohtajan* _tehtävät_ [linkki](https://finlex.fi) `koodi_x` 1\\) \\*tähti\\*\n").ShouldHaveSingleItem();
        block.Text.ShouldBe("12 § Pelastusjohtajan tehtävät linkki koodi_x 1) *tähti*");
    }

    [Fact]
    public void A_heading_shaped_line_is_not_a_list_item()
    {
        var block = Read("1. luku Yleiset määräykset\n").ShouldHaveSingleItem();
        block.Kind.ShouldBe(BlockKind.Paragraph);
        DocumentReader.ReadMarkdown("1. luku Yleiset määräykset\n").Chapters.ShouldHaveSingleItem().Title.ShouldBe("Yleiset määräykset");
    }

    [Fact]
    public void A_wrapped_line_that_starts_with_a_later_ordinal_stays_in_its_paragraph()
    {
        var block = Read("Hallintosääntö tulee voimaan vuoden\n2027. alusta, ja sitä sovelletaan.\n").ShouldHaveSingleItem();
        block.Kind.ShouldBe(BlockKind.Paragraph);
        block.Text.ShouldBe("Hallintosääntö tulee voimaan vuoden 2027. alusta, ja sitä sovelletaan.");
    }

    [Fact]
    public void Thematic_breaks_separate_blocks_and_vanish()
    {
        Read("Ennen.\n\n* * *\n\nJälkeen.\n").Select(b => b.Text).ShouldBe(["Ennen.", "Jälkeen."]);
    }
}
