using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovRules.Cli.Tests;

public sealed class RulesCommandTests
{
    private static string Hostile(string kind) => Path.Combine(CliRunner.RepoRoot, "tests", "GovRules.Tests", "Compilation", "Hostile", kind);

    private static string FreshCache() => Path.Combine(Path.GetTempPath(), "govrules-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Rules_list_as_json_gives_id_requirement_severity_verification_and_title()
    {
        var result = CliRunner.Run("rules", "list", "--format", "json", "--cache-dir", FreshCache());

        result.ExitCode.ShouldBe(0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var rule = json.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "HVAL-14");
        rule.GetProperty("requirement").GetString().ShouldBe("HVAL-14");
        rule.GetProperty("severity").GetString().ShouldBe("error");
        rule.GetProperty("verification").GetString().ShouldBe("quoted");
        rule.GetProperty("title").GetProperty("en").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Rules_list_as_text_is_a_table_in_the_chosen_language()
    {
        var result = CliRunner.Run("rules", "list", "--lang", "en");

        result.ExitCode.ShouldBe(0, result.StdErr);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("ID");
        lines[0].ShouldContain("REQUIREMENT");
        lines.ShouldContain(l => l.StartsWith("PEL-JARJ ", StringComparison.Ordinal) && l.Contains("secondary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_folder_given_with_rules_replaces_the_built_in_rule_of_the_same_id()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govrules-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(CliRunner.RepoRoot, "rules", "hyvinvointialuelaki", "HVAL-14.yaml"), Path.Combine(folder, "HVAL-14.yaml"));

        var result = CliRunner.Run("rules", "list", "--format", "json", "--rules", folder);

        result.ExitCode.ShouldBe(0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        rules.Single(r => r.GetProperty("id").GetString() == "HVAL-14").GetProperty("source").GetString().ShouldStartWith(folder);
        rules.ShouldContain(r => r.GetProperty("id").GetString() == "PEL-JARJ");
    }

    [Fact]
    public void Rules_explain_shows_the_basis_with_links_what_it_checks_and_the_examples()
    {
        var result = CliRunner.Run("rules", "explain", "PEL-JARJ", "--lang", "en");

        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldContain("pelastuslaki 379/2011 26 § 2 mom. [secondary] https://finlex.fi/fi/laki/ajantasa/2011/20110379");
        result.StdOut.ShouldContain("What it checks:");
        result.StdOut.ShouldContain("Examples:");
        result.StdOut.ShouldContain("Pelastusjohtaja johtaa pelastuslaitosta.");
    }

    [Fact]
    public void Rules_explain_of_an_unknown_id_is_a_usage_error()
    {
        var result = CliRunner.Run("rules", "explain", "NO-SUCH-RULE");

        result.ExitCode.ShouldBe(2);
        result.StdErr.ShouldContain("no rule 'NO-SUCH-RULE'");
    }

    [Fact]
    public void Rules_test_passes_the_built_in_pack_and_a_warm_run_neither_compiles_nor_loads_the_compiler()
    {
        var cache = FreshCache();

        var cold = CliRunner.Run("rules", "test", "--stats", "--cache-dir", cache);
        var warm = CliRunner.Run("rules", "test", "--stats", "--cache-dir", cache);

        cold.ExitCode.ShouldBe(0, cold.StdOut + cold.StdErr);
        cold.StdOut.ShouldContain("PASS HVAL-14");
        cold.StdOut.ShouldContain("PASS PEL-JARJ");
        cold.StdErr.ShouldContain("compilations=1 cache=miss roslyn-loaded=yes");
        warm.ExitCode.ShouldBe(0);
        warm.StdErr.ShouldContain("compilations=0 cache=hit roslyn-loaded=no");
    }

    [Fact]
    public void Hostile_rules_exit_with_code_3_and_one_located_line_per_error()
    {
        var result = CliRunner.Run("rules", "test", Hostile("Load"), "--cache-dir", FreshCache());

        result.ExitCode.ShouldBe(3);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThanOrEqualTo(Directory.GetFiles(Hostile("Load"), "*.yaml").Length);
        lines.ShouldAllBe(l => Regex.IsMatch(l, @"^.+\.yaml:\d+:\d+: \S"));
        result.StdErr.ShouldNotContain("   at ");
        result.StdOut.ShouldBeEmpty();
    }

    [Fact]
    public void Runaway_rules_fail_their_examples_with_the_reason_and_the_process_ends()
    {
        var result = CliRunner.Run("rules", "test", Hostile("Evaluation"), "--lang", "en", "--budget", "2", "--cache-dir", FreshCache());

        result.ExitCode.ShouldBe(1, result.StdErr);
        result.StdOut.ShouldContain("FAIL E-INFINITE-LOOP");
        result.StdOut.ShouldContain("time budget of 2 s");
        result.StdOut.ShouldContain("regular expression ran past its timeout");
        result.StdOut.ShouldContain("allocate more memory");
        result.StdOut.ShouldContain("0 rules passed, 6 failed");
    }

    [Fact]
    public void A_user_rule_whose_example_is_wrong_fails_the_test_run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govrules-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "HVAL-14.yaml"), File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "rules", "hyvinvointialuelaki", "HVAL-14.yaml"))
            .Replace("  - expect: fail\n    note: no mention at all", "  - expect: pass\n    note: deliberately wrong", StringComparison.Ordinal));

        var result = CliRunner.Run("rules", "test", folder, "--lang", "en", "--cache-dir", FreshCache());

        result.ExitCode.ShouldBe(1);
        result.StdOut.ShouldContain("FAIL HVAL-14 (1 of 4 examples failed");
        result.StdOut.ShouldContain("expected pass, got fail");
    }
}
