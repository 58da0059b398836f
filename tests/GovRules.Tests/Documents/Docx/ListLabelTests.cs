using GovRules.Documents;
using GovRules.Documents.Docx;

namespace GovRules.Tests.Documents.Docx;

/// <summary>List labels are computed from numbering.xml as Word shows them.</summary>
public sealed class ListLabelTests
{
    [Fact]
    public void Multilevel_lists_give_decimal_letter_and_roman_labels_per_level()
    {
        CorpusDocx.Read("word/powertools__HierarchicalNumberedList.docx").Labels()
            .ShouldBe(["0:1)", "1:a)", "1:b)", "0:2)", "1:a)", "1:b)", "1:c)", "2:i)", "0:3)", "1:a)"]);
    }

    [Fact]
    public void Restarts_start_values_and_continuations_follow_the_list_definitions()
    {
        var document = CorpusDocx.Read("word/poi__ComplexNumberedLists.docx");
        document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => $"{b.ListLabel} {b.Text}").ShouldBe([
            "1. Entry #1", "2. Entry #2, with children", "a. 2-a", "b. 2-b", "c. 2-c", "3. Entry #3", "4. Entry #4",
            "1. Restarted to 1 from 5", "2. Restarted @ 2", "3. Restarted @ 3",
            "10. Jump to new list at 10", "11. Now 11", "12. Carrying on @ 12", "13. Carrying on @ 13"]);
    }

    [Fact]
    public void Deep_levels_use_their_own_formats()
    {
        CorpusDocx.Read("word/oxsdk__numbering-list.docx").Labels()
            .ShouldBe(["0:1.", "1:a)", "1:b)", "0:2.", "1:a)", "2:i.", "2:ii.", "3:1)", "4:a)", "5:i.", "8:a)", "0:3.", "1:a)"]);
    }

    [Theory]
    [InlineData("libreoffice/pandoc__lists.docx", "0:1. 0:2. 1:a. 1:b. 0:• 0:• 1:• 2:• 0:• 0:•")]
    [InlineData("other/pandoc__lists.docx", "0:1. 0:2. 1:a. 1:b. 0:• 0:• 1:• 2:• 2:• 0:• 0:•")]
    public void Numbered_and_bulleted_lists_from_libreoffice_and_pandoc(string file, string labels)
    {
        CorpusDocx.Read(file).Labels().ShouldBe(labels.Split(' '));
    }

    [Fact]
    public void Google_docs_bullets_keep_their_nesting()
    {
        CorpusDocx.Read("other/pandoc__google_docs_list_items.docx").Labels().ShouldBe(["0:•", "0:•", "1:•", "2:•", "0:•"]);
    }

    [Fact]
    public void A_start_override_restarts_a_list_that_shares_its_definition()
    {
        var numbering = NumberingXml("decimal", "%1)") +
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        var body = Numbered("Ensimmäinen", 1) + Numbered("Toinen", 1) + Numbered("Uusi lista", 2) + Numbered("Jatkuu", 2);
        Read(body, numbering: numbering).Labels().ShouldBe(["0:1)", "0:2)", "0:1)", "0:2)"]);
    }

    [Fact]
    public void A_section_number_from_a_list_definition_stays_in_the_heading_text()
    {
        var body = Numbered("Pelastusjohtajan tehtävät", 1) + Numbered("Hyvinvointialuejohtajan tehtävät", 1);
        var blocks = Read(body, numbering: NumberingXml("decimal", "%1 §", start: 12)).Blocks;
        blocks.Select(b => b.Text).ShouldBe(["12 § Pelastusjohtajan tehtävät", "13 § Hyvinvointialuejohtajan tehtävät"]);
        blocks.ShouldAllBe(b => b.Kind == BlockKind.Paragraph);
    }

    [Fact]
    public void A_heading_style_that_carries_numbering_numbers_its_chapters()
    {
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Otsikko1\"><w:name w:val=\"heading 1\"/>" +
            "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
        var body = TestPackages.Paragraph("Hallinnon järjestäminen", "Otsikko1") + TestPackages.Paragraph("Toimielimet", "Otsikko1");
        var blocks = Read(body, styles, NumberingXml("decimal", "%1 luku")).Blocks;
        blocks.Select(b => (b.Text, b.OutlineLevel)).ShouldBe([("1 luku Hallinnon järjestäminen", (int?)1), ("2 luku Toimielimet", (int?)1)]);
    }

    [Fact]
    public void Letters_past_z_repeat_and_roman_numerals_are_exact()
    {
        NumberFormat.Format(27, "lowerLetter").ShouldBe("aa");
        NumberFormat.Format(14, "upperRoman").ShouldBe("XIV");
        NumberFormat.Format(3, "none").ShouldBe("");
    }

    private static string NumberingXml(string format, string text, int start = 1) =>
        "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">" +
        $"<w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";

    private static string Numbered(string text, int numId) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static RawDocument Read(string body, string styles = "", string numbering = "") =>
        DocxReader.Read(TestPackages.Docx(body, styles, numbering), "testi.docx", SourceFormat.Docx, ChangeView.Accept);
}
