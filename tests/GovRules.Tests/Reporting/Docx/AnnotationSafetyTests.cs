using GovRules.Documents;
using GovRules.Reporting.Docx;
using GovRules.Rules;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>What annotating refuses, and what it never leaves behind.</summary>
public sealed class AnnotationSafetyTests : IDisposable
{
    private readonly TempFolders _temp = new();

    /// <summary>Removes the test's output folders.</summary>
    public void Dispose() => _temp.Dispose();

    private static readonly string Draft = AnnotationFiles.Sample("palvelulinjat.pandoc.docx");

    [Fact]
    public void A_markdown_draft_is_refused_with_a_hint_and_no_output()
    {
        var input = AnnotationFiles.Sample("palvelulinjat.md");
        var output = Path.Combine(_temp.New(), "out.docx");
        var report = AnnotationFiles.ReportOn(DocumentReader.Read(input));

        var refusal = Should.Throw<DocumentRejectedException>(() => DocxAnnotator.Annotate(input, report, output, ChangeView.Accept, TextLanguage.Fi));

        refusal.Message.ShouldContain(".docx");
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void An_iso_strict_draft_is_read_but_refused_for_annotation_with_what_to_do()
    {
        var input = AnnotationFiles.Corpus("bad/oxsdk__CommentRangeStart.docx");
        var folder = _temp.New();
        var report = AnnotationFiles.ReportOn(DocumentReader.Read(input));

        var refusal = Should.Throw<DocumentRejectedException>(() => DocxAnnotator.Annotate(input, report, Path.Combine(folder, "out.docx"), ChangeView.Accept, TextLanguage.Fi));

        refusal.Message.ShouldContain("Strict");
        refusal.Message.ShouldContain("Word Document (*.docx)");
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_the_reader_refuses_is_refused_for_annotation_too()
    {
        var input = AnnotationFiles.Corpus("bad/oxsdk__InvalidDocProps.docx");
        var folder = _temp.New();
        var report = AnnotationFiles.ReportOn(DocumentReader.Read(Draft));

        Should.Throw<DocumentRejectedException>(() => DocxAnnotator.Annotate(input, report, Path.Combine(folder, "out.docx"), ChangeView.Accept, TextLanguage.Fi));
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public void The_draft_itself_is_never_the_output_and_a_report_of_other_content_is_refused()
    {
        var copy = Path.Combine(_temp.New(), "luonnos.docx");
        File.Copy(Draft, copy);
        var sha = AnnotationFiles.Sha256(copy);
        var report = AnnotationFiles.ReportOn(DocumentReader.Read(copy));

        Should.Throw<ArgumentException>(() => DocxAnnotator.Annotate(copy, report, copy, ChangeView.Accept, TextLanguage.Fi))
            .Message.ShouldContain("must not overwrite the draft");
        var other = AnnotationFiles.ReportOn(DocumentReader.Read(AnnotationFiles.Sample("toimialat.pandoc.docx")));
        Should.Throw<ArgumentException>(() => DocxAnnotator.Annotate(copy, other, copy + ".out.docx", ChangeView.Accept, TextLanguage.Fi))
            .Message.ShouldContain("other content");
        AnnotationFiles.Sha256(copy).ShouldBe(sha);
    }

    [Fact]
    public void An_existing_output_is_replaced_whole()
    {
        var output = Path.Combine(_temp.New(), "out.docx");
        File.WriteAllText(output, "an older file");
        var report = AnnotationFiles.ReportOn(DocumentReader.Read(Draft));

        DocxAnnotator.Annotate(Draft, report, output, ChangeView.Accept, TextLanguage.Fi);

        ReviewMarkup.Of(output).Comments.Count.ShouldBe(report.Results.Sum(r => r.Findings.Count));
        Directory.GetFiles(Path.GetDirectoryName(output)!).ShouldBe([output]);
    }
}
