using GovRules.Documents;
using GovRules.Engine;
using GovRules.Reporting.Docx;
using GovRules.Rules;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>The Word samples checked by the real engine and annotated through the public facade.</summary>
public sealed class SampleAnnotationTests : IDisposable
{
    private readonly TempFolders _temp = new();

    /// <summary>Removes the test's output folders.</summary>
    public void Dispose() => _temp.Dispose();

    private static readonly Lazy<GovRulesEngine> Engine = new(() => GovRulesEngine.Load());

    public static TheoryData<string> SampleFiles => [.. AnnotationFiles.Samples];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void A_checked_sample_gets_a_comment_on_the_text_of_every_finding_and_the_same_file_when_annotated_again(string name)
    {
        var input = AnnotationFiles.Sample(name);
        var report = Engine.Value.Check(input, ChartOf(name)).Documents[0];
        var findings = report.Results.SelectMany(r => r.Findings).ToList();
        var folder = _temp.New();
        var output = Path.Combine(folder, name);

        Engine.Value.Annotate(input, report, output).ShouldBe(findings.Count);

        var ours = PandocComments.Read(output).Where(c => c.Author == "GovRules").ToList();
        ours.Select(c => CommentContent.RuleIdOf(c.Text)).Order(StringComparer.Ordinal)
            .ShouldBe(findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        var document = DocumentReader.Read(input);
        foreach (var finding in findings.Where(f => f.Location is { Paragraph: > 0 }))
        {
            var block = document.Blocks[finding.Location!.Paragraph - 1];
            ours.Where(c => CommentContent.RuleIdOf(c.Text) == finding.RuleId)
                .ShouldContain(c => Squeeze(c.Anchored) == Squeeze(AnchorText(block)), $"{finding.RuleId} at {finding.Location.Citation}");
        }
        OfficeClients.ValidationErrors(output).Count.ShouldBeLessThanOrEqualTo(OfficeClients.ValidationErrors(input).Count);

        var again = Engine.Value.Check(output, ChartOf(name)).Documents[0];
        again.Results.SelectMany(r => r.Findings).Select(f => (f.RuleId, f.Location?.Anchor))
            .ShouldBe(findings.Select(f => (f.RuleId, f.Location?.Anchor)), "comments are not text: the annotated draft checks the same");
        var second = Path.Combine(folder, "again.docx");
        Engine.Value.Annotate(output, again, second);
        ReviewMarkup.PartXml(second).ShouldBe(ReviewMarkup.PartXml(output));
    }

    [Fact]
    public void The_amendment_keeps_its_tracked_changes_and_gets_english_comments_with_lang_en()
    {
        var input = AnnotationFiles.Sample("muutosehdotus.docx");
        var report = Engine.Value.Check(input).Documents[0];
        var output = Path.Combine(_temp.New(), "muutosehdotus.annotated.docx");

        Engine.Value.Annotate(input, report, output, TextLanguage.En);

        var before = ReviewMarkup.Of(input);
        var after = ReviewMarkup.Of(output);
        before.TrackedChanges.ShouldBeGreaterThan(0);
        after.TrackedChanges.ShouldBe(before.TrackedChanges);
        var ours = after.Comments.Where(c => c.Author == "GovRules").ToList();
        ours.Count.ShouldBe(report.Results.Sum(r => r.Findings.Count));
        ours.ShouldNotBeEmpty();
        ours.ShouldAllBe(c => c.FirstLine.EndsWith("ERROR") || c.FirstLine.EndsWith("WARNING") || c.FirstLine.EndsWith("INFO"));
        ours.ShouldAllBe(c => c.Xml.Contains("Basis: "));
        ours.ShouldAllBe(c => c.Xml.Contains("w:initials=\"GR\""));
    }

    [Fact]
    public void A_missing_provision_located_at_a_chapter_is_anchored_at_the_chapter_heading_and_a_document_finding_at_the_start()
    {
        var input = AnnotationFiles.Sample("terveys-ja-turvallisuus-ilman-pelastusvastuuta.pandoc.docx");
        var document = DocumentReader.Read(input);
        var chapter = document.Chapters[^1];
        var report = AnnotationFiles.Report(document,
        [
            AnnotationFiles.Finding("MISSING-CHAPTER", new SourceLocation { Chapter = chapter.Number, ChapterTitle = chapter.Title }),
            AnnotationFiles.Finding("MISSING-DOC", null),
        ]);
        var output = Path.Combine(_temp.New(), "missing.docx");

        DocxAnnotator.Annotate(input, report, output, ChangeView.Accept, TextLanguage.Fi);

        var ours = PandocComments.Read(output).Where(c => c.Author == "GovRules").ToList();
        Squeeze(ours.Single(c => c.Text.StartsWith("[GovRules MISSING-CHAPTER]")).Anchored).ShouldBe(Squeeze(chapter.Heading.Text));
        Squeeze(ours.Single(c => c.Text.StartsWith("[GovRules MISSING-DOC]")).Anchored).ShouldBe(Squeeze(document.Blocks[0].Text));
    }

    private static string? ChartOf(string name)
    {
        var chart = AnnotationFiles.Sample(name.Split('.')[0] + ".org.yaml");
        return File.Exists(chart) ? chart : null;
    }

    // Pandoc keeps a heading's number out of the text when Word numbering produced it; tables are anchored at their first cell.
    private static string AnchorText(Block block) => block.Kind == BlockKind.Table
        ? block.Rows!.SelectMany(r => r).First(c => c.Length > 0).Split('\n')[0]
        : block.Text;

    private static string Squeeze(string text) => string.Concat(PandocComments.Normalize(text).Where(c => !char.IsWhiteSpace(c)));
}
