using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Reporting.Docx;
using GovRules.Rules;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>
/// Real third-party drafts that already carry comments, replies and tracked changes: annotated with
/// findings on their real blocks, then opened by the Open XML SDK validator and pandoc.
/// </summary>
public sealed class CorpusAnnotationTests : IDisposable
{
    private readonly TempFolders _temp = new();

    /// <summary>Removes the test's output folders.</summary>
    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> CorpusFiles => [.. AnnotationFiles.CorpusWithReviewMarkup];

    [Fact]
    public void The_corpus_offers_at_least_ten_drafts_with_comments_and_tracked_changes()
    {
        var files = AnnotationFiles.CorpusWithReviewMarkup;
        files.Count.ShouldBeGreaterThanOrEqualTo(10);
        files.Count(f => ReviewMarkup.Of(AnnotationFiles.Corpus(f)).Comments.Count > 0).ShouldBeGreaterThanOrEqualTo(5);
        files.Count(f => ReviewMarkup.Of(AnnotationFiles.Corpus(f)).TrackedChanges > 0).ShouldBeGreaterThanOrEqualTo(5);
        files.Count(f => ReviewMarkup.Of(AnnotationFiles.Corpus(f)).Replies > 0).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void A_real_draft_gets_one_comment_per_finding_on_the_right_text_and_keeps_everything_else(string file)
    {
        var input = AnnotationFiles.Corpus(file);
        var inputSha = AnnotationFiles.Sha256(input);
        var document = DocumentReader.Read(input);
        var report = AnnotationFiles.ReportOn(document);
        var folder = _temp.New();
        var output = Path.Combine(folder, "annotated.docx");

        var written = DocxAnnotator.Annotate(input, report, output, ChangeView.Accept, TextLanguage.Fi);

        var findings = report.Results.SelectMany(r => r.Findings).ToList();
        written.ShouldBe(findings.Count);
        AnnotationFiles.Sha256(input).ShouldBe(inputSha, "the input must never be modified");
        Directory.GetFiles(folder).ShouldBe([output], "no temporary file may be left behind");
        Introduced(OfficeClients.ValidationErrors(input), OfficeClients.ValidationErrors(output)).ShouldBeEmpty();

        var comments = PandocComments.Read(output);
        var ours = comments.Where(c => c.Author == "GovRules").ToList();
        // A block read from a text box is anchored on the body paragraph that holds the text box.
        var textBoxes = ReviewMarkup.TextBoxTexts(output).Select(Squeeze).ToList();
        ours.Select(c => CommentContent.RuleIdOf(c.Text)).Order(StringComparer.Ordinal)
            .ShouldBe(findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        foreach (var finding in findings.Where(f => f.Location is not null))
        {
            var comment = ours.Single(c => CommentContent.RuleIdOf(c.Text) == finding.RuleId);
            comment.Text.ShouldContain("Peruste: pelastuslaki 379/2011 26 §");
            var block = document.Blocks[finding.Location!.Paragraph - 1];
            (AnchoredOn(comment.Anchored, block) || textBoxes.Any(t => t.Contains(Squeeze(block.Text), StringComparison.Ordinal))).ShouldBeTrue(
                $"{finding.RuleId} is anchored on \"{comment.Anchored}\", not on block {finding.Location.Paragraph}: \"{finding.Location.Snippet}\"");
        }
        Others(PandocComments.Read(input)).ShouldBe(Others(comments));

        var before = ReviewMarkup.Of(input);
        var after = ReviewMarkup.Of(output);
        after.Comments.Where(c => c.Author != "GovRules").ShouldBe(before.Comments);
        after.TrackedChanges.ShouldBe(before.TrackedChanges);
        after.Companions.ShouldBe(before.Companions);
        Texts(DocumentReader.Read(output)).ShouldBe(Texts(document));
        Texts(DocumentReader.Read(output, new ReadOptions { Changes = ChangeView.Original }))
            .ShouldBe(Texts(DocumentReader.Read(input, new ReadOptions { Changes = ChangeView.Original })));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Annotating_an_annotated_draft_again_gives_the_same_file_and_drops_findings_that_no_longer_apply(string file)
    {
        var input = AnnotationFiles.Corpus(file);
        var folder = _temp.New();
        var first = Path.Combine(folder, "first.docx");
        var second = Path.Combine(folder, "second.docx");
        var third = Path.Combine(folder, "third.docx");
        DocxAnnotator.Annotate(input, AnnotationFiles.ReportOn(DocumentReader.Read(input)), first, ChangeView.Accept, TextLanguage.Fi);

        var annotated = DocumentReader.Read(first);
        DocxAnnotator.Annotate(first, AnnotationFiles.ReportOn(annotated), second, ChangeView.Accept, TextLanguage.Fi);
        ReviewMarkup.PartXml(second).ShouldBe(ReviewMarkup.PartXml(first));

        var onlyOne = AnnotationFiles.Report(annotated, [AnnotationFiles.Finding("TEST-DOC", null)]);
        DocxAnnotator.Annotate(first, onlyOne, third, ChangeView.Accept, TextLanguage.En);
        var remaining = ReviewMarkup.Of(third);
        remaining.Comments.Where(c => c.Author == "GovRules").Select(c => c.FirstLine).ShouldBe(["[GovRules TEST-DOC] WARNING"]);
        remaining.Comments.Where(c => c.Author != "GovRules").ShouldBe(ReviewMarkup.Of(input).Comments);
        remaining.DanglingMarkers.ShouldBe(ReviewMarkup.Of(input).DanglingMarkers);
        Introduced(OfficeClients.ValidationErrors(input), OfficeClients.ValidationErrors(third)).ShouldBeEmpty();
    }

    // The errors of the output that the input did not already have (compared by description, as a multiset).
    private static List<string> Introduced(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var remaining = before.Select(Description).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var introduced = new List<string>();
        foreach (var error in after)
        {
            var description = Description(error);
            if (remaining.TryGetValue(description, out var count) && count > 0) remaining[description] = count - 1;
            else introduced.Add(error);
        }
        return introduced;
    }

    private static string Description(string error) => error[(error.IndexOf(": ", StringComparison.Ordinal) + 2)..];

    // Pandoc joins table cells and merged paragraphs without the reader's tabs and newlines; compare without whitespace.
    private static bool AnchoredOn(string anchored, Block block)
    {
        var text = Squeeze(block.Text);
        var squeezed = Squeeze(anchored);
        return squeezed.Length > 0 && (text.Contains(squeezed, StringComparison.Ordinal) || squeezed.Contains(text, StringComparison.Ordinal));
    }

    private static string Squeeze(string text) => string.Concat(PandocComments.Normalize(text).Where(c => !char.IsWhiteSpace(c)));

    private static List<string> Others(IReadOnlyList<PandocComment> comments) =>
        [.. comments.Where(c => c.Author != "GovRules").Select(c => $"{c.Author}|{c.Text}|{c.Anchored}")];

    private static List<string> Texts(GovDocument document) => [.. document.Blocks.Select(b => $"{b.Kind}|{b.Location.Anchor}|{b.Text}")];
}
