namespace GovRules.Cli.Tests;

public sealed class ExitCodeTests
{
    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var result = CliRunner.Run("doc", "show", "x.docx", "--no-such-option");
        result.ExitCode.ShouldBe(2);
        result.StdErr.ShouldContain("--no-such-option");
        result.StdErr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Missing_file_is_refused_in_one_line_with_exit_code_2()
    {
        var result = CliRunner.Run("doc", "show", "no/such/draft.docx");
        result.ExitCode.ShouldBe(2);
        result.StdErr.ShouldContain("no/such/draft.docx");
        result.StdErr.ShouldContain("no such file");
        result.StdErr.Trim().Split('\n').Length.ShouldBe(1);
    }
}
