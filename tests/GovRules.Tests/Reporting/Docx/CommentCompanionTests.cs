using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using GovRules.Documents;
using GovRules.Reporting.Docx;
using GovRules.Rules;
using static GovRules.Reporting.Docx.WordXml;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>
/// After Word has saved an annotated draft (paragraph ids, commentsExtended, commentsIds and
/// commentsExtensible entries for GovRules' comments) and a person has replied to one of them and
/// resolved a comment of their own, annotating again removes every trace of GovRules' old comments only.
/// </summary>
public sealed class CommentCompanionTests : IDisposable
{
    private readonly TempFolders _temp = new();

    /// <summary>Removes the test's output folders.</summary>
    public void Dispose() => _temp.Dispose();

    private const string ReplyParaId = "0D0D0001";

    [Fact]
    public void Word_saved_traces_of_old_govrules_comments_go_and_human_replies_and_resolved_states_stay()
    {
        var input = AnnotationFiles.Corpus("word/pandoc__comments.docx");
        var folder = _temp.New();
        var first = Path.Combine(folder, "first.docx");
        var reviewed = Path.Combine(folder, "reviewed.docx");
        var again = Path.Combine(folder, "again.docx");
        DocxAnnotator.Annotate(input, AnnotationFiles.ReportOn(DocumentReader.Read(input)), first, ChangeView.Accept, TextLanguage.Fi);
        File.Copy(first, reviewed);
        var govRulesParaIds = ReviewInWord(reviewed);

        var document = DocumentReader.Read(reviewed);
        DocxAnnotator.Annotate(reviewed, AnnotationFiles.Report(document, [AnnotationFiles.Finding("TEST-DOC", null)]), again, ChangeView.Accept, TextLanguage.Fi);

        var markup = ReviewMarkup.Of(again);
        markup.Comments.Where(c => c.Author == "GovRules").Select(c => c.FirstLine).ShouldBe(["[GovRules TEST-DOC] VAROITUS"]);
        markup.Comments.Where(c => c.Author != "GovRules").ShouldBe(ReviewMarkup.Of(reviewed).Comments.Where(c => c.Author != "GovRules"));
        markup.DanglingMarkers.ShouldBe(0);

        using var package = WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(again)), false);
        var main = package.MainDocumentPart!;
        var commentsEx = Load(main.WordprocessingCommentsExPart)!.Root!.Elements(W15 + "commentEx").ToList();
        commentsEx.ShouldNotContain(e => govRulesParaIds.Contains((string)e.Attribute(W15 + "paraId")!));
        commentsEx.Single(e => (string?)e.Attribute(W15 + "paraId") == ReplyParaId).Attribute(W15 + "paraIdParent").ShouldBeNull();
        commentsEx.Single(e => (string?)e.Attribute(W15 + "paraId") == "49E49F95").Attribute(W15 + "done")!.Value.ShouldBe("1");
        commentsEx.Single(e => (string?)e.Attribute(W15 + "paraId") == "51973FE8").Attribute(W15 + "paraIdParent")!.Value.ShouldBe("2596C45C");
        Load(main.WordprocessingCommentsIdsPart)!.Root!.Elements(W16Cid + "commentId")
            .Select(e => (string?)e.Attribute(W16Cid + "paraId")).ShouldBe([ReplyParaId]);
        Load(main.WordCommentsExtensiblePart)!.Root!.Elements(W16Cex + "commentExtensible")
            .Select(e => (string?)e.Attribute(W16Cex + "durableId")).ShouldBe(["7E000000"]);

        PandocComments.Read(again).ShouldContain(c => c.Author == "Luonnostelija" && c.Text == "Korjataan seuraavaan versioon.");
        OfficeClients.ValidationErrors(again).Count.ShouldBeLessThanOrEqualTo(OfficeClients.ValidationErrors(reviewed).Count);
    }

    // What Word writes on save, plus a person's reply to the first GovRules comment and a resolved comment of their own.
    private static HashSet<string> ReviewInWord(string docx)
    {
        using var package = WordprocessingDocument.Open(docx, true);
        var main = package.MainDocumentPart!;
        var comments = Load(main.WordprocessingCommentsPart)!;
        var ours = comments.Root!.Elements(W + "comment").Where(c => (string?)c.Attribute(W + "author") == "GovRules").ToList();
        var paraIds = ours.Select((c, i) =>
        {
            var paraId = (0x1A000001 + i).ToString("X8", CultureInfo.InvariantCulture);
            c.Elements(W + "p").Last().SetAttributeValue(W14 + "paraId", paraId);
            return paraId;
        }).ToList();
        comments.Root.Add(new XElement(W + "comment", new XAttribute(W + "id", "900"), new XAttribute(W + "author", "Luonnostelija"), new XAttribute(W + "initials", "L"),
            new XElement(W + "p", new XAttribute(W14 + "paraId", ReplyParaId), new XElement(W + "r", new XElement(W + "t", "Korjataan seuraavaan versioon.")))));
        Save(main.WordprocessingCommentsPart!, comments);

        var body = Load(main)!;
        CommentMarkers.Wrap(body.Root!.Element(W + "body")!.Descendants(W + "p").First(), 900);
        Save(main, body);

        var commentsEx = Load(main.WordprocessingCommentsExPart)!;
        commentsEx.Root!.Elements(W15 + "commentEx").First(e => (string?)e.Attribute(W15 + "paraId") == "49E49F95").SetAttributeValue(W15 + "done", "1");
        commentsEx.Root.Add(paraIds.Select(p => new XElement(W15 + "commentEx", new XAttribute(W15 + "paraId", p), new XAttribute(W15 + "done", "0"))));
        commentsEx.Root.Add(new XElement(W15 + "commentEx", new XAttribute(W15 + "paraId", ReplyParaId), new XAttribute(W15 + "paraIdParent", paraIds[0]), new XAttribute(W15 + "done", "0")));
        Save(main.WordprocessingCommentsExPart!, commentsEx);

        var durable = paraIds.Select((p, i) => (Para: p, Durable: (0x7E000001 + i).ToString("X8", CultureInfo.InvariantCulture)))
            .Append((Para: ReplyParaId, Durable: "7E000000")).ToList();
        Save(main.AddNewPart<WordprocessingCommentsIdsPart>(), new XDocument(new XElement(W16Cid + "commentsIds",
            new XAttribute(XNamespace.Xmlns + "w16cid", W16Cid.NamespaceName),
            durable.Select(d => new XElement(W16Cid + "commentId", new XAttribute(W16Cid + "paraId", d.Para), new XAttribute(W16Cid + "durableId", d.Durable))))));
        Save(main.AddNewPart<WordCommentsExtensiblePart>(), new XDocument(new XElement(W16Cex + "commentsExtensible",
            new XAttribute(XNamespace.Xmlns + "w16cex", W16Cex.NamespaceName),
            durable.Select(d => new XElement(W16Cex + "commentExtensible", new XAttribute(W16Cex + "durableId", d.Durable), new XAttribute(W16Cex + "dateUtc", "2026-11-20T10:00:00Z"))))));
        return [.. paraIds];
    }
}
