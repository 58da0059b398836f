using System.Text.Json;

namespace GovRules.Cli.Tests;

/// <summary>`govrules doc show`: refusals in one line, and the outline and JSON tree of a real sample.</summary>
public sealed class DocShowTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot, "samples", "hallintosaanto", name);

    [Fact]
    public void A_missing_file_is_refused_in_one_line_with_exit_code_2()
    {
        var result = CliRunner.Run("doc", "show", "ei/ole/luonnos.md");
        ShouldBeRefusedInOneLine(result, "ei/ole/luonnos.md");
        result.StdErr.ShouldContain("no such file");
    }

    [Fact]
    public void A_directory_is_refused_in_one_line_with_exit_code_2()
    {
        var directory = Path.Combine(CliRunner.RepoRoot, "samples");
        var result = CliRunner.Run("doc", "show", directory);
        ShouldBeRefusedInOneLine(result, directory);
        result.StdErr.ShouldContain("directory");
    }

    [Fact]
    public void An_empty_file_is_refused_in_one_line_with_exit_code_2()
    {
        var empty = Path.Combine(CliRunner.SharedDir, "corpus", "docx", "bad", "docx4j__result2.docx");
        new FileInfo(empty).Length.ShouldBe(0);
        var result = CliRunner.Run("doc", "show", empty);
        ShouldBeRefusedInOneLine(result, empty);
        result.StdErr.ShouldContain("empty");
    }

    [Fact]
    public void A_legacy_doc_file_is_refused_in_one_line_with_exit_code_2()
    {
        var doc = Path.Combine(CliRunner.SharedDir, "corpus", "docx", "bad", "poi__simple.doc");
        var result = CliRunner.Run("doc", "show", doc);
        ShouldBeRefusedInOneLine(result, doc);
        result.StdErr.ShouldContain(".docx");
    }

    [Fact]
    public void Reader_warnings_go_to_stderr_and_the_outline_to_stdout()
    {
        var docm = Path.Combine(CliRunner.SharedDir, "corpus", "docx", "bad", "poi__SimpleMacro.docm");
        var result = CliRunner.Run("doc", "show", docm);
        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdErr.ShouldStartWith("govrules: warning: ");
        result.StdErr.ShouldContain("macro");
        result.StdOut.ShouldStartWith(docm);
        result.StdOut.ShouldContain("Word (.docm)");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = CliRunner.Run("doc", "show", Sample("terveys-ja-turvallisuus.md"), "--format", "xml");
        result.ExitCode.ShouldBe(2);
        result.StdOut.ShouldBeEmpty();
    }

    [Fact]
    public void The_text_outline_lists_chapters_and_sections_with_counts_and_anchors()
    {
        var result = CliRunner.Run("doc", "show", Sample("terveys-ja-turvallisuus.md"));
        result.ExitCode.ShouldBe(0, result.StdErr);
        var lines = result.StdOut.Split('\n');
        lines[0].ShouldContain("terveys-ja-turvallisuus.md");
        lines[0].ShouldContain("Markdown");
        lines.ShouldContain("5 luku Viranhaltijoiden tehtävät  [5luku]");
        lines.ShouldContain("  16 § Pelastuslaitos — 2 mom., 5 kohtaa  [16§]");
        lines.ShouldContain("  40 § Päätösvalta keskeisissä asioissa — 1 mom., 1 taulukko  [40§]");
    }

    [Fact]
    public void The_json_tree_holds_every_block_with_kind_label_and_location()
    {
        var result = CliRunner.Run("doc", "show", Sample("terveys-ja-turvallisuus.md"), "--format", "json");
        result.ExitCode.ShouldBe(0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        root.GetProperty("schema").GetString().ShouldBe("govrules-document/1");
        root.GetProperty("format").GetString().ShouldBe("markdown");
        root.GetProperty("counts").GetProperty("sections").GetInt32().ShouldBe(58);

        var section = FindSection(root.GetProperty("body"), "16");
        section.GetProperty("title").GetString().ShouldBe("Pelastuslaitos");
        section.GetProperty("anchor").GetString().ShouldBe("16§");
        section.GetProperty("items").GetInt32().ShouldBe(5);
        var blocks = section.GetProperty("blocks").EnumerateArray().ToList();
        blocks.Select(b => b.GetProperty("kind").GetString()).Distinct().ShouldBe(["paragraph", "listItem"]);
        var item = blocks[5];
        item.GetProperty("label").GetString().ShouldBe("5)");
        item.GetProperty("text").GetString().ShouldBe("ensivastetoiminnasta sovitusti ensihoitopalvelun kanssa.");
        var location = item.GetProperty("location");
        location.GetProperty("anchor").GetString().ShouldBe("16§/6");
        location.GetProperty("moment").GetInt32().ShouldBe(1);
        location.GetProperty("item").GetString().ShouldBe("5)");
        location.GetProperty("citation").GetString().ShouldBe("3 luku / 16 § / 1 mom. / 5) kohta");
        CountBlocks(root.GetProperty("body")).ShouldBe(root.GetProperty("counts").GetProperty("blocks").GetInt32());
    }

    private static void ShouldBeRefusedInOneLine(CliResult result, string path)
    {
        result.ExitCode.ShouldBe(2);
        result.StdOut.ShouldBeEmpty();
        result.StdErr.ShouldContain(path);
        result.StdErr.ShouldNotContain("   at ");
        result.StdErr.Trim().Split('\n').Length.ShouldBe(1);
    }

    private static JsonElement FindSection(JsonElement body, string number) =>
        AllNodes(body).Single(n => n.GetProperty("type").GetString() == "section" && n.GetProperty("number").GetString() == number);

    private static IEnumerable<JsonElement> AllNodes(JsonElement nodes)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            yield return node;
            if (!node.TryGetProperty("children", out var children)) continue;
            foreach (var child in AllNodes(children)) yield return child;
        }
    }

    // Every block appears once: as a heading of a part, chapter or section, in a section's blocks, or as a block node.
    private static int CountBlocks(JsonElement nodes) => nodes.EnumerateArray().Sum(node =>
        node.GetProperty("type").GetString() switch
        {
            "block" => 1,
            "section" => 1 + node.GetProperty("blocks").GetArrayLength(),
            _ => 1 + CountBlocks(node.GetProperty("children")),
        });
}
