using GovRules.Documents;
using GovRules.Documents.Docx;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Edge cases of run content built in code: special characters, fields, alternate content.</summary>
public sealed class InlineContentTests
{
    [Fact]
    public void Breaks_tabs_and_hyphens_are_extracted_faithfully()
    {
        var body = "<w:p><w:r><w:t>hyvinvointi</w:t><w:softHyphen/><w:t>alue</w:t><w:tab/><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t>" +
            "<w:br/><w:t>uusi rivi</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r></w:p>";
        Read(body).Blocks.Single().Text.ShouldBe("hyvinvointi\u00ADalue\tA-B\nuusi rivi");
    }

    [Fact]
    public void A_complex_field_gives_its_result_even_when_nested()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Katso </w:t></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE x</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>12 §</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:t>.</w:t></w:r></w:p>";
        Read(body).Blocks.Single().Text.ShouldBe("Katso 12 §.");
    }

    [Fact]
    public void An_unterminated_field_instruction_does_not_hide_the_following_paragraphs()
    {
        var body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>" +
            TestPackages.Paragraph("Seuraava kappale");
        Read(body).Blocks.Select(b => b.Text).ShouldBe(["Seuraava kappale"]);
    }

    [Fact]
    public void Alternate_content_is_read_from_one_branch_only()
    {
        var textBox = "<w:txbxContent><w:p><w:r><w:t>Tekstiruutu</w:t></w:r></w:p></w:txbxContent>";
        var body = "<w:p><w:r><w:t>Ankkuri</w:t></w:r><w:r><mc:AlternateContent>" +
            $"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{textBox}</wps:txbx></wps:wsp></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox>{textBox}</v:textbox></v:shape></w:pict></mc:Fallback>" +
            "</mc:AlternateContent></w:r></w:p>";
        var document = Read(body);
        document.Blocks.Select(b => b.Text).ShouldBe(["Ankkuri", "Tekstiruutu"]);
        document.Drawings.Shapes.ShouldBe(1);
    }

    [Fact]
    public void Empty_paragraphs_are_not_blocks()
    {
        Read("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>" + TestPackages.Paragraph("Teksti")).Blocks.Count.ShouldBe(1);
    }

    private static RawDocument Read(string body) =>
        DocxReader.Read(TestPackages.Docx(body), "testi.docx", SourceFormat.Docx, ChangeView.Accept);
}
