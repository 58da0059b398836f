using System.Text.Json;

namespace GovRules.Cli.Tests;

public sealed class CheckExitCodeTests
{
    private const string Complete = "samples/hallintosaanto/terveys-ja-turvallisuus.pandoc.docx";
    private const string WithoutRescue = "samples/hallintosaanto/terveys-ja-turvallisuus-ilman-pelastusvastuuta.pandoc.docx";

    [Fact]
    public void Findings_at_or_above_fail_on_give_1_and_never_gives_0()
    {
        var failing = CliRunner.Run("check", WithoutRescue, "--format", "json");
        using var json = JsonDocument.Parse(failing.StdOut);
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().ShouldBeGreaterThan(0, "the draft without the rescue responsibility has an error");
        failing.ExitCode.ShouldBe(1);

        CliRunner.Run("check", WithoutRescue, "--fail-on", "never").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Fail_on_warning_is_stricter_than_fail_on_error()
    {
        var report = CliRunner.Run("check", Complete, "--format", "json", "--fail-on", "never");
        using var json = JsonDocument.Parse(report.StdOut);
        var summary = json.RootElement.GetProperty("summary");
        var errors = summary.GetProperty("errors").GetInt32() + summary.GetProperty("ruleErrors").GetInt32();
        var warnings = summary.GetProperty("warnings").GetInt32();

        CliRunner.Run("check", Complete).ExitCode.ShouldBe(errors > 0 ? 1 : 0);
        CliRunner.Run("check", Complete, "--fail-on", "warning").ExitCode.ShouldBe(errors + warnings > 0 ? 1 : 0);
    }

    [Fact]
    public void A_missing_draft_gives_2_in_one_line_and_writes_no_report()
    {
        var dir = CheckSupport.TempDir();
        try
        {
            var output = Path.Combine(dir.FullName, "report.json");
            var result = CliRunner.Run("check", Complete, "no/such/luonnos.docx", "--format", "json", "--output", output);
            result.ExitCode.ShouldBe(2);
            result.StdErr.ShouldContain("no/such/luonnos.docx");
            result.StdErr.Trim().Split('\n').Length.ShouldBe(1);
            dir.GetFiles().ShouldBeEmpty();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_legacy_doc_is_refused_with_2()
    {
        var legacy = Directory.EnumerateFiles(Path.Combine(CliRunner.SharedDir, "corpus"), "*.doc", SearchOption.AllDirectories).FirstOrDefault();
        var dir = CheckSupport.TempDir();
        try
        {
            var draft = Path.Combine(dir.FullName, "vanha.docx");
            if (legacy is not null) File.Copy(legacy, draft);
            else File.WriteAllBytes(draft, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0]);
            var result = CliRunner.Run("check", draft);
            result.ExitCode.ShouldBe(2);
            result.StdErr.ShouldContain("vanha.docx");
            result.StdErr.ShouldNotContain("   at ");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bad_arguments_give_2()
    {
        CliRunner.Run("check", Complete, "--format", "pdf").ExitCode.ShouldBe(2);
        CliRunner.Run("check", Complete, "--fail-on", "sometimes").ExitCode.ShouldBe(2);
        CliRunner.Run("check").ExitCode.ShouldBe(2);
        var missingFolder = CliRunner.Run("check", Complete, "--output", "no/such/folder/report.txt");
        missingFolder.ExitCode.ShouldBe(2);
        missingFolder.StdErr.ShouldContain("does not exist");
        var folderAsOutput = CliRunner.Run("check", Complete, "--output", "samples");
        folderAsOutput.ExitCode.ShouldBe(2);
        folderAsOutput.StdErr.ShouldContain("this is a folder");
    }

    [Fact]
    public void A_user_rule_that_does_not_compile_gives_3_with_its_file_and_line()
    {
        var dir = CheckSupport.TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "OMA-001.yaml"), """
                id: OMA-001
                requirement: PEL-JARJ
                title:
                  fi: Oma sääntö
                  en: Own rule
                basis:
                  - act: pelastuslaki 379/2011
                    section: "26 § 2 mom."
                    verification: secondary
                severity: warning
                assert: Tämä.EiKäänny(
                message:
                  fi: Ei käänny
                  en: Does not compile
                remedy:
                  fi: Korjaa
                  en: Fix
                """);
            var result = CliRunner.Run("check", Complete, "--rules", dir.FullName);
            result.ExitCode.ShouldBe(3);
            result.StdErr.ShouldContain("OMA-001.yaml:");
            result.StdOut.ShouldBeEmpty();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
