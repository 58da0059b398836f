using GovRules.Documents;
using GovRules.Reporting.Docx;
using GovRules.Rules;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>Every Transitional corpus draft the reader parses can be annotated, and the result still reads the same.</summary>
public sealed class WholeCorpusAnnotationTests : IDisposable
{
    private readonly TempFolders _temp = new();

    /// <summary>Removes the test's output folders.</summary>
    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> ParsedCorpus() => [.. File.ReadLines(Path.Combine(AnnotationFiles.CorpusDir, "MANIFEST.tsv")).Skip(1)
        .Select(l => l.Split('\t'))
        .Where(f => f.Length > 7 && f[7] == "parse" && !f[6].Contains("strict", StringComparison.Ordinal))
        .Select(f => f[0])];

    [Theory]
    [MemberData(nameof(ParsedCorpus))]
    public void A_parsed_draft_is_annotated_with_every_finding_and_reads_the_same_afterwards(string file)
    {
        var input = AnnotationFiles.Corpus(file);
        var document = DocumentReader.Read(input);
        var report = AnnotationFiles.ReportOn(document);
        var output = Path.Combine(_temp.New(), "annotated" + Path.GetExtension(file));

        var written = DocxAnnotator.Annotate(input, report, output, ChangeView.Accept, TextLanguage.Fi);

        written.ShouldBe(report.Results.Sum(r => r.Findings.Count));
        ReviewMarkup.Of(output).Comments.Count(c => c.Author == "GovRules").ShouldBe(written);
        DocumentReader.Read(output).Blocks.Select(b => b.Text).ShouldBe(document.Blocks.Select(b => b.Text));
    }
}
