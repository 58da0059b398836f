using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace GovRules.Cli.Tests;

/// <summary>`govrules check DRAFT.docx --annotate OUT.docx` run as the real process.</summary>
public sealed class AnnotateTests : IDisposable
{
    private readonly List<string> _folders = [];

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string Draft = Path.Combine("samples", "hallintosaanto", "palvelulinjat.pandoc.docx");

    [Fact]
    public void Check_with_annotate_writes_one_govrules_comment_per_finding_and_leaves_the_draft_alone()
    {
        var folder = NewFolder();
        var output = Path.Combine(folder, "kommentoitu.docx");
        var draftSha = CheckSupport.Sha256Of(Path.Combine(CliRunner.RepoRoot, Draft));

        var plain = CliRunner.Run("check", Draft, "--format", "json");
        var annotated = CliRunner.Run("check", Draft, "--format", "json", "--annotate", output);

        annotated.ExitCode.ShouldBe(plain.ExitCode, annotated.StdErr);
        annotated.StdErr.ShouldContain(output);
        using var report = JsonDocument.Parse(annotated.StdOut);
        var ruleIds = report.RootElement.GetProperty("documents")[0].GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("findings").EnumerateArray().Select(_ => r.GetProperty("ruleId").GetString()!))
            .Order(StringComparer.Ordinal).ToList();
        ruleIds.ShouldNotBeEmpty();
        var comments = Comments(output);
        comments.ShouldAllBe(c => c.Author == "GovRules" && c.Initials == "GR");
        comments.Select(c => c.FirstLine.Split(']')[0].Replace("[GovRules ", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ShouldBe(ruleIds);
        comments.ShouldAllBe(c => c.Text.Contains("Peruste: "));
        CheckSupport.Sha256Of(Path.Combine(CliRunner.RepoRoot, Draft)).ShouldBe(draftSha);
        Directory.GetFiles(folder).ShouldBe([output]);
    }

    [Fact]
    public void Annotating_the_annotated_copy_again_in_english_replaces_the_earlier_comments()
    {
        var folder = NewFolder();
        var first = Path.Combine(folder, "first.docx");
        var second = Path.Combine(folder, "second.docx");

        CliRunner.Run("check", Draft, "--annotate", first).ExitCode.ShouldBeOneOf(0, 1);
        var again = CliRunner.Run("check", first, "--annotate", second, "--lang", "en");

        again.ExitCode.ShouldBeOneOf(0, 1);
        var before = Comments(first);
        var after = Comments(second);
        after.Count.ShouldBe(before.Count);
        after.ShouldAllBe(c => c.Text.Contains("Basis: ") && !c.Text.Contains("Peruste: "));
        after.Select(c => c.FirstLine.Split(']')[0]).ShouldBe(before.Select(c => c.FirstLine.Split(']')[0]));
    }

    [Theory]
    [InlineData("two drafts", "--annotate writes one annotated copy")]
    [InlineData("markdown draft", "only a Word draft")]
    [InlineData("missing folder", "does not exist")]
    [InlineData("the draft itself", "must not overwrite the draft")]
    [InlineData("another format", "ending in .docx")]
    public void An_annotate_that_cannot_be_done_exits_2_before_checking_and_writes_nothing(string mistake, string message)
    {
        var folder = NewFolder();
        var output = Path.Combine(folder, "out.docx");
        string[] args = mistake switch
        {
            "two drafts" => ["check", Draft, Path.Combine("samples", "hallintosaanto", "toimialat.pandoc.docx"), "--annotate", output],
            "markdown draft" => ["check", Path.Combine("samples", "hallintosaanto", "toimialat.md"), "--annotate", output],
            "missing folder" => ["check", Draft, "--annotate", Path.Combine(folder, "missing", "out.docx")],
            "another format" => ["check", Draft, "--annotate", Path.Combine(folder, "out.docm")],
            _ => ["check", Draft, "--annotate", Draft],
        };

        var result = CliRunner.Run(args);

        result.ExitCode.ShouldBe(2);
        result.StdErr.ShouldContain(message);
        result.StdOut.ShouldBeEmpty();
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public void A_draft_the_reader_refuses_exits_2_with_one_line_and_no_annotated_copy()
    {
        var folder = NewFolder();
        var output = Path.Combine(folder, "out.docx");
        var empty = Path.Combine(CliRunner.SharedDir, "corpus", "docx", "bad", "docx4j__result2.docx");

        var result = CliRunner.Run("check", empty, "--annotate", output);

        result.ExitCode.ShouldBe(2);
        result.StdErr.ShouldContain("empty");
        File.Exists(output).ShouldBeFalse();
    }

    public void Dispose()
    {
        foreach (var folder in _folders) Directory.Delete(folder, recursive: true);
    }

    private string NewFolder()
    {
        var folder = CheckSupport.TempDir().FullName;
        _folders.Add(folder);
        return folder;
    }

    private sealed record StoredComment(string Author, string Initials, string FirstLine, string Text);

    private static List<StoredComment> Comments(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry("word/comments.xml")!.Open();
        return [.. XDocument.Load(stream).Root!.Elements(W + "comment").Select(c => new StoredComment(
            (string?)c.Attribute(W + "author") ?? "",
            (string?)c.Attribute(W + "initials") ?? "",
            string.Concat(c.Elements(W + "p").First().Descendants(W + "t").Select(t => t.Value)),
            string.Join("\n", c.Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))))))];
    }
}
