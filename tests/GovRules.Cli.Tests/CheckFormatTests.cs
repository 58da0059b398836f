using System.Text.Json;

namespace GovRules.Cli.Tests;

public sealed class CheckFormatTests
{
    [Fact]
    public void A_batch_of_every_sample_gives_sarif_that_validates_against_the_OASIS_schema()
    {
        var result = CliRunner.Run("check", "samples/hallintosaanto", "--format", "sarif", "--fail-on", "never");
        result.ExitCode.ShouldBe(0, result.StdErr);
        CheckSupport.SchemaErrors(result.StdOut, CheckSupport.SarifSchema).ShouldBeEmpty();
        using var sarif = JsonDocument.Parse(result.StdOut);
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().ShouldBeGreaterThan(0);
        var artifacts = run.GetProperty("artifacts").EnumerateArray()
            .Select(a => Uri.UnescapeDataString(a.GetProperty("location").GetProperty("uri").GetString()!)).ToList();
        foreach (var sample in CheckSupport.SampleDrafts) artifacts.ShouldContain(sample);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.ShouldNotBeEmpty();
        foreach (var finding in results)
        {
            finding.GetProperty("partialFingerprints").GetProperty("govrules/v1").GetString()!.Length.ShouldBe(32);
            finding.GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
        }
    }

    [Fact]
    public void Text_report_is_Finnish_by_default_and_English_on_request()
    {
        var sample = CheckSupport.LargestSample;
        var finnish = CliRunner.Run("check", sample, "--fail-on", "never");
        finnish.ExitCode.ShouldBe(0, finnish.StdErr);
        finnish.StdOut.ShouldStartWith(sample + "\n");
        finnish.StdOut.ShouldMatch(@"\n\d+ virh(e|että), \d+ varoitu(s|sta)(, \d+ huomio(ta)?)?, \d+ sääntö(ä)? täyttyi");
        finnish.StdOut.ShouldNotContain("\u001b[");

        var english = CliRunner.Run("check", sample, "--lang", "en", "--fail-on", "never");
        english.StdOut.ShouldMatch(@"\n\d+ errors?, \d+ warnings?(, \d+ notes?)?, \d+ rules? passed");
    }

    [Fact]
    public void Show_passed_lists_the_rules_that_passed()
    {
        var sample = CheckSupport.LargestSample;
        var quiet = CliRunner.Run("check", sample, "--fail-on", "never");
        var full = CliRunner.Run("check", sample, "--fail-on", "never", "--show-passed");
        quiet.StdOut.ShouldNotContain("Täyttyneet säännöt");
        full.StdOut.ShouldContain("Täyttyneet säännöt");
        full.StdOut.Length.ShouldBeGreaterThan(quiet.StdOut.Length);
    }

    [Fact]
    public void Markdown_and_html_carry_the_coverage_matrix()
    {
        var sample = CheckSupport.LargestSample;
        var md = CliRunner.Run("check", sample, "--format", "md", "--fail-on", "never");
        md.ExitCode.ShouldBe(0, md.StdErr);
        md.StdOut.ShouldStartWith("# GovRules – hallintosäännön tarkastus\n");
        md.StdOut.ShouldContain("| Vaatimus | Sääntö | Tulos | Missä |");

        var dir = CheckSupport.TempDir();
        try
        {
            var output = Path.Combine(dir.FullName, "raportti.html");
            var html = CliRunner.Run("check", sample, "--format", "html", "--output", output, "--fail-on", "never");
            html.ExitCode.ShouldBe(0, html.StdErr);
            html.StdOut.ShouldBeEmpty();
            var text = File.ReadAllText(output);
            text.ShouldStartWith("<!DOCTYPE html>");
            text.ShouldContain("<table class=\"coverage\">");
            dir.GetFiles().Select(f => f.Name).ShouldBe(["raportti.html"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
