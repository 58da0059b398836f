using GovRules.Documents;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Tracked changes read as the meeting would adopt them (accepted) or as before the amendment (original).</summary>
public sealed class TrackedChangesTests
{
    [Theory]
    [InlineData("word/pandoc__track_changes_insertion.docx", "This is a text with two exciting insertions.", "This is a text with insertions.")]
    [InlineData("word/pandoc__track_changes_deletion.docx", "This is a text with a deletion.", "This is a text with an excessively modified deletion.")]
    public void Insertions_and_deletions_follow_the_view(string file, string accepted, string original)
    {
        var acceptedDocument = CorpusDocx.Read(file);
        acceptedDocument.HasTrackedChanges.ShouldBeTrue();
        acceptedDocument.Texts().ShouldBe([accepted]);
        CorpusDocx.Read(file, ChangeView.Original).Texts().ShouldBe([original]);
    }

    [Fact]
    public void A_moved_paragraph_stands_where_it_was_moved_to_only_when_accepted()
    {
        const string file = "word/pandoc__track_changes_move.docx";
        CorpusDocx.Read(file).Texts().ShouldBe(["Here is some text.", "Here is the text to be moved.", "Here is some more text."]);
        CorpusDocx.Read(file, ChangeView.Original).Texts().ShouldBe(["Here is some text.", "Here is some more text.", "Here is the text to be moved."]);
    }

    [Fact]
    public void A_deleted_paragraph_mark_joins_the_paragraph_to_the_next_and_an_inserted_one_splits_it()
    {
        const string file = "word/pandoc__paragraph_insertion_deletion.docx";
        CorpusDocx.Read(file).Texts().ShouldBe(["This is a", " splitParagraph."]);
        CorpusDocx.Read(file, ChangeView.Original).Texts().ShouldBe(["This is a split", "Paragraph."]);
    }

    [Fact]
    public void A_table_row_inserted_with_tracking_exists_only_when_accepted()
    {
        const string file = "word/powertools__RevisionTracking.docx";
        var accepted = CorpusDocx.Read(file).Blocks.Single(b => b.Kind == BlockKind.Table);
        var original = CorpusDocx.Read(file, ChangeView.Original).Blocks.Single(b => b.Kind == BlockKind.Table);
        accepted.Rows!.Select(r => r[0]).ShouldBe(["Lorem ipsum dolor sit amet", "400"]);
        original.Rows!.Select(r => r[0]).ShouldBe(["Lorem ipsum dolor sit amet", "100", "400"]);
    }

    [Fact]
    public void An_amendment_draft_adds_and_removes_sections_only_in_the_accepted_view()
    {
        var path = Corpus.CorpusFiles.InRepository("samples/hallintosaanto/muutosehdotus.docx");
        var bytes = File.ReadAllBytes(path);
        var accepted = GovRules.Documents.Docx.DocxReader.Read(bytes, path, SourceFormat.Docx, ChangeView.Accept);
        var original = GovRules.Documents.Docx.DocxReader.Read(bytes, path, SourceFormat.Docx, ChangeView.Original);
        accepted.HasTrackedChanges.ShouldBeTrue();
        accepted.Texts().ShouldContain("28 a § Ensihoitopalvelu");
        accepted.Texts().ShouldNotContain("19 § Johtajaylilääkäri ja vastaava lääkäri");
        original.Texts().ShouldContain("19 § Johtajaylilääkäri ja vastaava lääkäri");
        original.Texts().ShouldNotContain("28 a § Ensihoitopalvelu");
        accepted.Texts().ShouldContain("Aluehallitus raportoi neuvottelujen tuloksista aluevaltuustolle ja alueen kunnille.");
        original.Texts().ShouldContain("Aluehallitus raportoi neuvottelujen tuloksista aluevaltuustolle.");
    }

    [Fact]
    public void A_document_without_revisions_says_so()
    {
        CorpusDocx.Read("word/mammoth__tables.docx").HasTrackedChanges.ShouldBeFalse();
    }
}
