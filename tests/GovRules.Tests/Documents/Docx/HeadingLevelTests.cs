using GovRules.Documents;
using GovRules.Documents.Docx;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Outline levels come from heading styles (English or localized), their basedOn chain and w:outlineLvl.</summary>
public sealed class HeadingLevelTests
{
    [Fact]
    public void German_heading_styles_with_localized_ids_give_levels()
    {
        var headings = CorpusDocx.Read("word/powertools__Document1.docx").Blocks.Where(b => b.OutlineLevel is not null).Take(2).ToList();
        headings.Select(b => (b.Text, b.OutlineLevel)).ShouldBe([("R23.3", (int?)1), ("Änderungen und Erweiterungen – Allgemein", (int?)2)]);
    }

    [Fact]
    public void A_libreoffice_heading_keeps_its_level()
    {
        CorpusDocx.Read("libreoffice/pandoc__lists.docx").Blocks[0].OutlineLevel.ShouldBe(2);
    }

    [Theory]
    [InlineData("Otsikko1", null, 1)]
    [InlineData("Otsikko2", "Otsikko 2", 2)]
    [InlineData("Rubrik3", null, 3)]
    [InlineData("berschrift1", "Überschrift 1", 1)]
    [InlineData("Heading4", "heading 4", 4)]
    [InlineData("Title", "Title", 1)]
    public void Localized_heading_style_ids_and_names_give_levels(string styleId, string? name, int level)
    {
        var styles = $"<w:style w:type=\"paragraph\" w:styleId=\"{styleId}\">{(name is null ? "" : $"<w:name w:val=\"{name}\"/>")}</w:style>";
        Read(TestPackages.Paragraph("3 luku Toimielimet", styleId), styles).Blocks.Single().OutlineLevel.ShouldBe(level);
    }

    [Fact]
    public void A_style_based_on_a_heading_inherits_its_outline_level_and_a_direct_level_wins()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normaali\"><w:name w:val=\"Normal\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Pykala\"><w:name w:val=\"Pykälä\"/><w:basedOn w:val=\"Luku\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Luku\"><w:name w:val=\"Luku\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";
        var body = TestPackages.Paragraph("12 § Pelastusjohtajan tehtävät", "Pykala") +
            "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>Suora taso</w:t></w:r></w:p>" +
            TestPackages.Paragraph("Leipäteksti");
        Read(body, styles).Blocks.Select(b => b.OutlineLevel).ShouldBe([2, 3, null]);
    }

    private static RawDocument Read(string body, string styles) =>
        DocxReader.Read(TestPackages.Docx(body, styles), "testi.docx", SourceFormat.Docx, ChangeView.Accept);
}
