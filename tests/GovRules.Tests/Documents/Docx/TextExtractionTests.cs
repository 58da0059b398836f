using GovRules.Documents;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Text is taken where it belongs: field results, content controls, text boxes, tables; never comments or instructions.</summary>
public sealed class TextExtractionTests
{
    [Fact]
    public void A_hyperlink_field_gives_its_result_text_not_its_instruction()
    {
        var text = CorpusDocx.Read("word/pandoc__instrText_hyperlink.docx").Texts().ShouldHaveSingleItem();
        text.ShouldContain("Foundations of Analysis, 2nd Edition");
        text.ShouldNotContain("HYPERLINK");
    }

    [Fact]
    public void A_table_of_contents_field_gives_its_entries_and_the_headings_keep_their_levels()
    {
        var document = CorpusDocx.Read("word/oxsdk__TOC2.docx");
        document.Texts().ShouldContain("Adfsffsfsafasdfsafsfasf\t1");
        document.Texts().ShouldNotContain(t => t.Contains("TOC \\", StringComparison.Ordinal));
        document.Blocks.Where(b => b.OutlineLevel is not null).Select(b => b.OutlineLevel).Take(2).ShouldBe([1, 2]);
    }

    [Fact]
    public void Content_controls_give_their_content_where_they_stand()
    {
        CorpusDocx.Read("word/pandoc__nested_sdt.docx").Texts().ShouldBe(["Test Paragraph1", "Test Paragraph2", "Test Paragraph3"]);
        var table = CorpusDocx.Read("word/pandoc__sdt_elements.docx").Blocks.ShouldHaveSingleItem();
        table.Kind.ShouldBe(BlockKind.Table);
        table.Rows![1].ShouldBe(["col1 content", "Body copy", "col3 content"]);
    }

    [Fact]
    public void Text_box_paragraphs_are_read_once_with_their_line_breaks()
    {
        CorpusDocx.Read("word/oxsdk__txtBox.docx").Texts().ShouldBe(["This is a test paragraph"]);
        CorpusDocx.Read("word/pandoc__text_in_shape_format.docx").Texts()
            .ShouldContain("Using Microsoft Word 2007/2010\nfor Writing Technical Documents");
    }

    [Fact]
    public void Review_comments_are_not_document_text()
    {
        var texts = CorpusDocx.Read("word/pandoc__comments.docx").Texts();
        texts.ShouldContain("I want some text to have a comment on it.");
        texts.ShouldNotContain(t => t.Contains("I left a comment", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnote_and_endnote_text_stays_out_of_the_body()
    {
        var texts = CorpusDocx.Read("word/pandoc__notes.docx").Texts();
        texts.ShouldBe(["A footnote", "Test footnote. Test endnote."]);
    }

    [Fact]
    public void Hyperlinks_in_a_nested_table_are_flattened_into_the_outer_cell()
    {
        var table = CorpusDocx.Read("word/oxsdk__hyperlink-in_table.docx").Blocks.ShouldHaveSingleItem();
        table.Rows!.Count.ShouldBe(2);
        table.Rows[0][0].ShouldBe("\t\n\thttp://www.ecma.org/");
        table.Rows[1][1].ShouldBe("http://office/14/howto/Wiki%20Pages/How%20to%20test%20private%20members%20of%20a%20class.aspx");
    }

    [Fact]
    public void Tables_keep_rows_and_cells_between_paragraphs()
    {
        var blocks = CorpusDocx.Read("word/mammoth__tables.docx").Blocks;
        blocks.Select(b => b.Kind).ShouldBe([BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph]);
        blocks[1].Rows.ShouldBe([["Top left", "Top right"], ["Bottom left", "Bottom right"]]);
        blocks[1].Text.ShouldBe("Top left\tTop right\nBottom left\tBottom right");
    }

    [Theory]
    [InlineData("bad/mammoth__strict-format.docx", "Test")]
    [InlineData("bad/pandoc__7691.docx", "Some text")]
    [InlineData("bad/oxsdk__CommentRangeStart.docx", "This is some text.")]
    public void Strict_ooxml_files_read_like_transitional_ones(string file, string text)
    {
        CorpusDocx.Read(file).Texts().ShouldBe([text]);
    }

    [Fact]
    public void A_macro_enabled_document_is_read_with_a_warning_and_its_macros_are_never_run()
    {
        var document = CorpusDocx.Read("bad/poi__SimpleMacro.docm");
        document.Blocks.ShouldNotBeEmpty();
        document.Warnings.ShouldHaveSingleItem().ShouldEndWith("poi__SimpleMacro.docm: macro-enabled document: macros were not run; only the text was read");
    }

    [Fact]
    public void Soft_hyphens_in_a_real_document_are_kept_for_the_structure_builder()
    {
        CorpusDocx.Read("word/docx4j__Docx4j_Russian.docx").Texts().ShouldContain(t => t.Contains('\u00AD'));
    }
}
