using System.Text.Json;
using GovRules.Cli.Output;

namespace GovRules.Cli.Tests;

public sealed class CheckBatchTests
{
    [Fact]
    public void Each_sample_alone_gives_valid_json_and_the_same_results_as_in_a_batch()
    {
        var batch = CliRunner.Run("check", "samples/hallintosaanto", "--format", "json", "--fail-on", "never");
        batch.ExitCode.ShouldBe(0, batch.StdErr);
        batch.StdErr.ShouldBeEmpty("no progress display when stderr is redirected");
        CheckSupport.SchemaErrors(batch.StdOut, CheckSupport.ReportSchema).ShouldBeEmpty();
        using var batchJson = JsonDocument.Parse(batch.StdOut);
        var paths = batchJson.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToList();
        paths.ShouldBe(paths.Order(StringComparer.Ordinal).ToList(), "input order: the folder's drafts in ordinal order");
        paths.ShouldNotContain(p => p.Contains(".org.", StringComparison.Ordinal) || p.Contains(".org-", StringComparison.Ordinal));
        paths.ShouldContain("samples/hallintosaanto/terveys-ja-turvallisuus.md");
        var batchResults = CheckSupport.ResultsByDocument(batchJson);

        CheckSupport.SampleDrafts.Count.ShouldBeGreaterThan(0);
        foreach (var sample in CheckSupport.SampleDrafts)
        {
            var single = CliRunner.Run("check", sample, "--format", "json", "--fail-on", "never");
            single.ExitCode.ShouldBe(0, $"{sample}: {single.StdErr}");
            CheckSupport.SchemaErrors(single.StdOut, CheckSupport.ReportSchema).ShouldBeEmpty(sample);
            using var json = JsonDocument.Parse(single.StdOut);
            var document = json.RootElement.GetProperty("documents")[0];
            document.GetProperty("sha256").GetString().ShouldBe(CheckSupport.Sha256Of(Path.Combine(CliRunner.RepoRoot, sample)));
            var results = document.GetProperty("results").EnumerateArray().ToList();
            results.Count.ShouldBeGreaterThan(0, sample);
            var ids = results.Select(r => r.GetProperty("ruleId").GetString()!).ToList();
            ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList(), $"{sample}: results in rule id order");
            CheckSupport.ResultsByDocument(json)[sample].ShouldBe(batchResults[sample], sample);
        }
    }

    [Fact]
    public void Checking_never_modifies_the_input()
    {
        var draft = Path.Combine(CliRunner.RepoRoot, CheckSupport.LargestSample);
        var before = CheckSupport.Sha256Of(draft);
        var written = File.GetLastWriteTimeUtc(draft);
        CliRunner.Run("check", CheckSupport.LargestSample, "--format", "html", "--fail-on", "never").ExitCode.ShouldBe(0);
        CheckSupport.Sha256Of(draft).ShouldBe(before);
        File.GetLastWriteTimeUtc(draft).ShouldBe(written);
    }

    [Fact]
    public void Output_replaces_an_existing_report_whole_and_leaves_no_temporary_file()
    {
        var dir = CheckSupport.TempDir();
        try
        {
            var output = Path.Combine(dir.FullName, "report.sarif");
            File.WriteAllText(output, new string('x', 1_000_000));
            var result = CliRunner.Run("check", CheckSupport.LargestSample, "--format", "sarif", "--output", output, "--fail-on", "never");
            result.ExitCode.ShouldBe(0, result.StdErr);
            CheckSupport.SchemaErrors(File.ReadAllText(output), CheckSupport.SarifSchema).ShouldBeEmpty();
            dir.GetFiles().Select(f => f.Name).ShouldBe(["report.sarif"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_draft_finds_its_chart_beside_it_and_folders_skip_charts_and_lock_files()
    {
        CheckInputs.ChartBeside(Path.Combine(CheckSupport.SamplesDir, "terveys-ja-turvallisuus.pandoc.docx"))
            .ShouldBe(Path.Combine(CheckSupport.SamplesDir, "terveys-ja-turvallisuus.org.yaml"));
        CheckInputs.ChartBeside(Path.Combine(CheckSupport.SamplesDir, "muutosehdotus.docx")).ShouldBeNull();
        CheckInputs.IsDraft("kaavio.org.md").ShouldBeFalse();
        CheckInputs.IsDraft("terveys.org-taulukko.libreoffice.docx").ShouldBeFalse();
        CheckInputs.IsDraft("~$luonnos.docx").ShouldBeFalse();
        CheckInputs.IsDraft("luonnos.fodt").ShouldBeFalse();
        CheckInputs.IsDraft("organisaatio.docx").ShouldBeTrue();
        var inputs = CheckInputs.Expand([CheckSupport.SamplesDir], orgChart: "oma.org.yaml");
        inputs.ShouldAllBe(i => i.ChartPath == "oma.org.yaml");
    }
}
