using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GovRules.Cli.Tests;

/// <summary>
/// `doc show` on every sample draft: the Markdown source, its pandoc .docx and its LibreOffice .docx
/// print the same outline, and that outline has exactly the chapters and sections the source declares.
/// </summary>
public sealed partial class DocShowSampleTests
{
    private static readonly string SamplesDir = Path.Combine(CliRunner.RepoRoot, "samples", "hallintosaanto");

    // Each file is shown once per test run; the theories compare the same outlines in different ways.
    private static readonly ConcurrentDictionary<string, List<string>> Outlines = new(StringComparer.Ordinal);

    /// <summary>Every sample .md that has a .docx made from it by pandoc or LibreOffice beside it.</summary>
    public static TheoryData<string> ConvertedSamples() => new(ConvertedSampleNames());

    private static IEnumerable<string> ConvertedSampleNames() =>
        Directory.GetFiles(SamplesDir, "*.md").Order(StringComparer.Ordinal)
            .Where(markdown => Conversions(markdown).Any()).Select(Path.GetFileName).Select(name => name!);

    [Theory]
    [MemberData(nameof(ConvertedSamples))]
    public void Markdown_pandoc_and_libreoffice_versions_print_the_same_outline(string sample)
    {
        var markdown = Path.Combine(SamplesDir, sample);
        var expected = Outline(markdown);
        foreach (var docx in Conversions(markdown))
            Outline(docx).ShouldBe(expected, $"{Path.GetFileName(docx)} against {sample}");
    }

    [Theory]
    [MemberData(nameof(ConvertedSamples))]
    public void The_outline_has_the_chapters_and_sections_of_the_markdown_source(string sample)
    {
        var markdown = Path.Combine(SamplesDir, sample);
        var declared = File.ReadLines(markdown).Select(l => SourceHeading().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["number"].Value} {m.Groups["word"].Value.ToLowerInvariant()} {m.Groups["title"].Value.Trim()}".TrimEnd())
            .ToList();
        var printed = Outline(markdown).Select(line => OutlineHeading().Match(line).Groups["heading"].Value).ToList();
        printed.ShouldBe(declared);
    }

    [Fact]
    public void Sample_drafts_with_conversions_exist()
    {
        var drafts = ConvertedSampleNames()
            .Where(sample => File.ReadLines(Path.Combine(SamplesDir, sample)).Any(l => SourceHeading().IsMatch(l)));
        drafts.Count().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Pinned_sections_read_the_same_labels_and_anchors_from_every_format()
    {
        foreach (var file in Conversions(Path.Combine(SamplesDir, "terveys-ja-turvallisuus.md")).Prepend(Path.Combine(SamplesDir, "terveys-ja-turvallisuus.md")))
        {
            var result = CliRunner.Run("doc", "show", file, "--format", "json");
            result.ExitCode.ShouldBe(0, result.StdErr);
            result.StdOut.ShouldContain("\"anchor\": \"16§/6\"");
            result.StdOut.ShouldContain("\"citation\": \"3 luku / 16 § / 1 mom. / 5) kohta\"");
            result.StdOut.ShouldContain("\"label\": \"14)\"");
            result.StdOut.ShouldContain("\"citation\": \"4 luku / 21 § / 1 mom. / 14) kohta\"");
            result.StdOut.ShouldContain("\"anchor\": \"40§/2\"");
            result.StdOut.ShouldContain("\"Pelastustoimen palvelutasopäätös\",");
        }
    }

    [Fact]
    public void The_tracked_changes_draft_reads_differently_when_changes_are_accepted_or_rejected()
    {
        var draft = Path.Combine(SamplesDir, "muutosehdotus.docx");
        var accepted = CliRunner.Run("doc", "show", draft, "--changes", "accept");
        var original = CliRunner.Run("doc", "show", draft, "--changes", "original");
        accepted.ExitCode.ShouldBe(0, accepted.StdErr);
        original.ExitCode.ShouldBe(0, original.StdErr);
        accepted.StdOut.Split('\n')[0].ShouldContain("muutokset hyväksytty");
        original.StdOut.Split('\n')[0].ShouldContain("alkuperäinen");
        Structural(accepted.StdOut).ShouldNotBe(Structural(original.StdOut));
        accepted.StdOut.ShouldContain("28 a § Ensihoitopalvelu");
        original.StdOut.ShouldNotContain("28 a § Ensihoitopalvelu");
        CliRunner.Run("doc", "show", draft).StdOut.ShouldBe(accepted.StdOut);
    }

    private static IEnumerable<string> Conversions(string markdown)
    {
        var stem = Path.Combine(Path.GetDirectoryName(markdown)!, Path.GetFileNameWithoutExtension(markdown));
        return new[] { $"{stem}.pandoc.docx", $"{stem}.libreoffice.docx" }.Where(File.Exists);
    }

    // The outline of parts, chapters and sections; unnumbered headings are left out, since a converter
    // may add its own (pandoc turns the front-matter title into a Title paragraph).
    private static List<string> Outline(string file) => Outlines.GetOrAdd(file, path =>
    {
        var result = CliRunner.Run("doc", "show", path);
        result.ExitCode.ShouldBe(0, $"{path}: {result.StdErr}");
        return Structural(result.StdOut);
    });

    private static List<string> Structural(string outline) =>
        outline.Split('\n').Skip(2).Where(line => OutlineHeading().IsMatch(line)).Select(line => line.Trim()).ToList();

    [GeneratedRegex(@"^#{1,6}\s+(?<number>\d+(?: ?[a-z])?|[IVXLC]+)\.?\s+(?<word>luku|osa|§)(?:\s+(?<title>.*?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceHeading();

    [GeneratedRegex(@"^\s*(?<heading>.+? (?:luku|osa|§)(?: .+?)?)(?: — .+)?  \[[^/\]][^\]]*\]$")]
    private static partial Regex OutlineHeading();
}
