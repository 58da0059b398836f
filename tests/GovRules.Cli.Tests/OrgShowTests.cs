using System.Text.Json;
using YamlDotNet.Serialization;

namespace GovRules.Cli.Tests;

/// <summary>`govrules org show`: what a user sees of the chart GovRules understood, in text, JSON and YAML.</summary>
public sealed class OrgShowTests
{
    private static string Samples => Path.Combine(CliRunner.RepoRoot, "samples", "hallintosaanto");

    private static string Corpus(string file) => Path.Combine(CliRunner.SharedDir, "corpus", "docx", file);

    public static TheoryData<string> SampleYamls()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Samples, "*.org.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    public static TheoryData<string> ChartsOfEveryForm() =>
    [
        Path.Combine("samples", "hallintosaanto", "terveys-ja-turvallisuus.org.yaml"),
        Path.Combine("samples", "hallintosaanto", "terveys-ja-turvallisuus.org.pandoc.docx"),
        Path.Combine("samples", "hallintosaanto", "terveys-ja-turvallisuus.org-taulukko.libreoffice.docx"),
        Path.Combine("samples", "hallintosaanto", "terveys-ja-turvallisuus.md"),
        Path.Combine("..", "shared", "corpus", "docx", "smartart", "oxsdk__SmartArt.docx"),
    ];

    [Theory]
    [MemberData(nameof(SampleYamls))]
    public void Json_output_of_a_sample_chart_matches_its_yaml_source(string yaml)
    {
        var path = Path.Combine(Samples, yaml);
        var result = CliRunner.Run("org", "show", path, "--format", "json");
        result.ExitCode.ShouldBe(0, result.StdErr);
        var chart = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("charts").EnumerateArray().ShouldHaveSingleItem();
        chart.GetProperty("form").GetString().ShouldBe("yaml");
        var source = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(path))!;
        if (source.TryGetValue("chart", out var title)) chart.GetProperty("title").GetString().ShouldBe((string)title);
        JsonLines(chart.GetProperty("nodes"), 0, []).ShouldBe(YamlLines((List<object>)source["nodes"], 0, []));
    }

    [Theory]
    [MemberData(nameof(ChartsOfEveryForm))]
    public void Yaml_output_reads_back_into_the_same_chart(string relative)
    {
        var first = CliRunner.Run("org", "show", relative, "--format", "yaml");
        first.ExitCode.ShouldBe(0, first.StdErr);
        var copy = Path.Combine(Path.GetTempPath(), $"govrules-org-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(copy, first.StdOut);
            var again = CliRunner.Run("org", "show", copy, "--format", "yaml");
            again.ExitCode.ShouldBe(0, again.StdErr);
            // The YAML names every node with its kind, head and assistant mark, so equal output is an equal tree.
            WithoutComments(again.StdOut).ShouldBe(WithoutComments(first.StdOut));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Text_output_indents_the_tree_and_names_heads_kinds_and_assistants()
    {
        var result = CliRunner.Run("org", "show", Path.Combine(Samples, "terveys-ja-turvallisuus.org.yaml"));
        result.ExitCode.ShouldBe(0, result.StdErr);
        var lines = result.StdOut.Split('\n');
        lines[0].ShouldBe("Organisaatiokaavio 1/1: Järvi-Hämeen hyvinvointialue — organisaatio");
        lines[1].ShouldEndWith("terveys-ja-turvallisuus.org.yaml (YAML), 26 solmua");
        lines.ShouldContain("Aluevaltuusto [toimielin]");
        lines.ShouldContain("      Johtajaylilääkäri [viranhaltija] (avustava)");
        lines.ShouldContain("      Terveys ja turvallisuus [yksikkö] — johtaja: Terveys ja turvallisuus -toimialajohtaja");
        lines.ShouldContain("        Pelastuslaitos [yksikkö] — johtaja: Pelastusjohtaja");
    }

    [Fact]
    public void A_SmartArt_hierarchy_prints_its_tree()
    {
        var result = CliRunner.Run("org", "show", Corpus("smartart/oxsdk__SmartArt1.docx"));
        result.ExitCode.ShouldBe(0, result.StdErr);
        TreeLines(result.StdOut).ShouldBe(["top1", "  top2", "    top4", "    top5", "  top3", "    top6"]);
        result.StdOut.ShouldContain("(SmartArt), 6 solmua");
    }

    [Theory]
    [InlineData("smartart/powertools__DB010-FrontMatter.docx", "uses the layout 'process1' (a process diagram)")]
    [InlineData("smartart/pandoc__diagram.docx", "uses the layout 'pyramid1' (a pyramid)")]
    public void A_SmartArt_that_is_not_a_hierarchy_is_refused_in_one_line_with_exit_code_2(string file, string expected)
    {
        var result = CliRunner.Run("org", "show", Corpus(file));
        result.ExitCode.ShouldBe(2);
        result.StdOut.ShouldBeEmpty();
        var line = result.StdErr.Trim().ShouldHaveSingleItemLine();
        line.ShouldContain(Path.GetFileName(file));
        line.ShouldContain(expected);
        line.ShouldContain("supported forms: a SmartArt organisation chart or hierarchy, a nested bulleted or numbered list");
    }

    [Fact]
    public void A_yaml_mistake_is_refused_with_line_and_column()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"govrules-org-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(chart, "nodes:\n  - name: Aluevaltuusto\n    children:\n      - nimi: Aluehallitus\n");
            var result = CliRunner.Run("org", "show", chart);
            result.ExitCode.ShouldBe(2);
            result.StdErr.Trim().ShouldHaveSingleItemLine().ShouldStartWith($"govrules: {chart}:4:9: unknown key 'nimi' in a node");
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void A_draft_without_a_chart_appendix_is_refused_rather_than_read_from_its_lists()
    {
        var result = CliRunner.Run("org", "show", Corpus("word/powertools__HierarchicalNumberedList.docx"));
        result.ExitCode.ShouldBe(2);
        result.StdErr.Trim().ShouldHaveSingleItemLine().ShouldContain("the list reads as running text");
    }

    private static List<string> JsonLines(JsonElement nodes, int depth, List<string> lines)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            var head = node.TryGetProperty("head", out var h) ? h.GetString() : null;
            lines.Add($"{depth}|{node.GetProperty("name").GetString()}|{node.GetProperty("kind").GetString()}|{head}|{node.GetProperty("assistant").GetBoolean()}");
            JsonLines(node.GetProperty("children"), depth + 1, lines);
        }
        return lines;
    }

    private static List<string> YamlLines(List<object> nodes, int depth, List<string> lines)
    {
        foreach (Dictionary<object, object> node in nodes)
        {
            var kind = node.TryGetValue("kind", out var k) ? (string)k : "unknown";
            var head = node.TryGetValue("head", out var h) ? (string)h : null;
            var assistant = node.TryGetValue("assistant", out var a) && (string)a == "true";
            lines.Add($"{depth}|{(string)node["name"]}|{kind}|{head}|{assistant}");
            if (node.TryGetValue("children", out var children)) YamlLines((List<object>)children, depth + 1, lines);
        }
        return lines;
    }

    private static string[] TreeLines(string text) => text.Split('\n').Skip(2).Where(l => l.Length > 0).Select(StripKind).ToArray();

    private static string StripKind(string line)
    {
        var bracket = line.IndexOf(" [", StringComparison.Ordinal);
        return bracket < 0 ? line : line[..bracket] + line[(line.IndexOf(']', bracket) + 1)..];
    }

    private static string WithoutComments(string yaml) => string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith('#')));
}

internal static class SingleLineAssertions
{
    /// <summary>Asserts the text is one line (a refusal never spills a stack trace) and returns it.</summary>
    public static string ShouldHaveSingleItemLine(this string text)
    {
        var lines = text.Split('\n');
        lines.Length.ShouldBe(1, text);
        lines[0].ShouldNotContain("   at ");
        return lines[0];
    }
}
