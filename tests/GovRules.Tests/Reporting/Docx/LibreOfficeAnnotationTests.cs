using System.Xml.Linq;
using GovRules.Documents;
using GovRules.Reporting.Docx;
using GovRules.Rules;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>LibreOffice opens every annotated corpus draft and sample and renders it to PDF.</summary>
public sealed class LibreOfficeAnnotationTests : IDisposable
{
    private readonly TempFolders _temp = new();

    /// <summary>Removes the test's output folders.</summary>
    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LibreOffice_converts_every_annotated_draft_to_pdf()
    {
        var folder = _temp.New();
        var inputs = AnnotationFiles.CorpusWithReviewMarkup.Select(AnnotationFiles.Corpus)
            .Concat(AnnotationFiles.Samples.Select(AnnotationFiles.Sample)).ToList();
        var outputs = inputs.Select((input, i) =>
        {
            var output = Path.Combine(folder, $"{i:D2}-{Path.GetFileName(input)}");
            DocxAnnotator.Annotate(input, AnnotationFiles.ReportOn(DocumentReader.Read(input)), output, ChangeView.Accept, TextLanguage.Fi);
            return output;
        }).ToList();

        var pdfs = OfficeClients.ConvertToPdf(outputs, folder);

        foreach (var pdf in pdfs)
        {
            File.Exists(pdf).ShouldBeTrue($"LibreOffice did not convert {Path.GetFileName(pdf)}");
            using var stream = File.OpenRead(pdf);
            var head = new byte[5];
            stream.ReadExactly(head);
            System.Text.Encoding.ASCII.GetString(head).ShouldBe("%PDF-");
        }
        pdfs.Count.ShouldBeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void LibreOffice_reads_each_govrules_comment_with_its_author_and_text()
    {
        var input = AnnotationFiles.Corpus("word/pandoc__comments.docx");
        var folder = _temp.New();
        var output = Path.Combine(folder, "annotated.docx");
        var written = DocxAnnotator.Annotate(input, AnnotationFiles.ReportOn(DocumentReader.Read(input)), output, ChangeView.Accept, TextLanguage.Fi);

        var flat = XDocument.Load(OfficeClients.Convert([output], folder, "fodt")[0]);

        var annotations = flat.Descendants(Office + "annotation").ToList();
        var ours = annotations.Where(a => a.Element(Dc + "creator")?.Value == "GovRules").ToList();
        ours.Count.ShouldBe(written);
        ours.ShouldAllBe(a => a.Value.Contains("[GovRules TEST-") && a.Value.Contains("Korjausehdotus: "));
        (annotations.Count - ours.Count).ShouldBe(ReviewMarkup.Of(input).Comments.Count);
    }

    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
}
