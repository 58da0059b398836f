using System.Text.Json;

namespace GovRules.Cli.Tests;

/// <summary>`govrules doc show FILE --facts`: the extracted organs, posts, units, assignments and delegations of each sample.</summary>
public sealed class DocFactsTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot, "samples", "hallintosaanto", name);

    [Fact]
    public void Text_lists_the_pelastusjohtajas_organising_responsibility_with_its_place()
    {
        var result = CliRunner.Run("doc", "show", Sample("terveys-ja-turvallisuus.md"), "--facts");
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldContain("Tehtävät:");
        var line = result.StdOut.Split('\n').Single(l => l.Contains("pelastusjohtaja omistaa", StringComparison.Ordinal));
        line.ShouldContain("28 §");
        line.ShouldContain("järjestämisvastuu");
        result.StdOut.ShouldContain("Toimivallan siirrot:");
        result.StdOut.ShouldContain("aluehallitus → viranhaltija");
    }

    [Theory]
    [InlineData("kaksikielinen.md", "kansalliskielilautakunta")]
    [InlineData("palvelulinjat.md", "integraatiojohtaja")]
    [InlineData("toimialat.md", "pelastuslautakunta")]
    [InlineData("terveys-ja-turvallisuus.md", "pelastusjohtaja")]
    [InlineData("terveys-ja-turvallisuus-ilman-pelastusvastuuta.md", "pelastuslaitos")]
    public void Json_lists_the_holders_a_reader_of_the_sample_expects(string sample, string holder)
    {
        var result = CliRunner.Run("doc", "show", Sample(sample), "--facts", "--format", "json");
        result.ExitCode.ShouldBe(0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        root.GetProperty("schema").GetString().ShouldBe("govrules-facts/1");
        var assignments = root.GetProperty("assignments").EnumerateArray().ToList();
        assignments.ShouldContain(a => a.GetProperty("holder").GetString() == holder);
        assignments.ShouldAllBe(a => a.GetProperty("location").GetProperty("anchor").GetString()!.Length > 0);
        root.GetProperty("entities").EnumerateArray().ShouldContain(e => e.GetProperty("id").GetString() == holder);
        root.GetProperty("entities").EnumerateArray().ShouldContain(e => e.GetProperty("id").GetString() == "aluevaltuusto");
    }

    [Fact]
    public void Json_carries_delegations_and_qualifiers()
    {
        var result = CliRunner.Run("doc", "show", Sample("palvelulinjat.md"), "--facts", "--format", "json");
        using var json = JsonDocument.Parse(result.StdOut);
        var delegations = json.RootElement.GetProperty("delegations").EnumerateArray().ToList();
        delegations.ShouldContain(d => d.GetProperty("redelegation").GetString() == "forbidden");
        json.RootElement.GetProperty("assignments").EnumerateArray()
            .ShouldContain(a => a.GetProperty("qualifiers").EnumerateArray().Any(q => q.GetString() == "inAdditionToStatute"));
    }

    [Fact]
    public void A_missing_file_is_refused_with_exit_code_2()
    {
        var result = CliRunner.Run("doc", "show", "ei/ole/luonnos.md", "--facts");
        result.ExitCode.ShouldBe(2);
        result.StdOut.ShouldBeEmpty();
        result.StdErr.ShouldContain("luonnos.md");
    }
}
