using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

public sealed class YamlChartReaderTests
{
    private const string Chart = """
        chart: Järvi-Hämeen hyvinvointialue — organisaatio
        nodes:
          - name: Aluevaltuusto
            kind: organ
            children:
              - name: Tarkastuslautakunta
              - name: Aluehallitus
                children:
                  - name: Hyvinvointialuejohtaja
                    children:
                      - name: Terveys ja turvallisuus
                        kind: unit
                        head: Terveys ja turvallisuus -toimialajohtaja
                        children:
                          - name: Pelastuslaitos
                            head: Pelastusjohtaja
                  - name: Hallintojohtaja
                    kind: post
                    assistant: true
        """;

    [Fact]
    public void Schema_reads_into_the_tree_with_title_heads_assistants_and_order()
    {
        var chart = OrgChartReader.FromYaml(Chart, "kaavio.yaml").ShouldHaveSingleItem();
        chart.Title.ShouldBe("Järvi-Hämeen hyvinvointialue — organisaatio");
        chart.Form.ShouldBe(OrgChartForm.Yaml);
        ChartShape.Outline(chart).ShouldBe("""
            Aluevaltuusto
              Tarkastuslautakunta
              Aluehallitus
                Hyvinvointialuejohtaja
                  Terveys ja turvallisuus (Terveys ja turvallisuus -toimialajohtaja)
                    Pelastuslaitos (Pelastusjohtaja)
                Hallintojohtaja [asst]
            """);
    }

    [Fact]
    public void Explicit_kind_wins_and_missing_kind_is_guessed_from_the_name()
    {
        var chart = OrgChartReader.FromYaml(Chart, "kaavio.yaml")[0];
        var kinds = chart.Walk().ToDictionary(p => p.Node.Name, p => p.Node.Kind);
        kinds["Aluevaltuusto"].ShouldBe(OrgNodeKind.Organ);
        kinds["Tarkastuslautakunta"].ShouldBe(OrgNodeKind.Organ);
        kinds["Hyvinvointialuejohtaja"].ShouldBe(OrgNodeKind.Post);
        kinds["Terveys ja turvallisuus"].ShouldBe(OrgNodeKind.Unit);
        kinds["Pelastuslaitos"].ShouldBe(OrgNodeKind.Unit);
    }

    [Fact]
    public void Every_node_names_its_line_as_source()
    {
        var chart = OrgChartReader.FromYaml(Chart, "kaavio.yaml")[0];
        chart.Roots[0].Source.ShouldBe("kaavio.yaml:3");
        chart.Walk().Single(p => p.Node.Name == "Pelastuslaitos").Node.Source.ShouldBe("kaavio.yaml:15");
    }

    [Theory]
    [InlineData("nodes:\n  - name: Aluevaltuusto\n    colour: blue\n", "kaavio.yaml:3:5: unknown key 'colour' in a node")]
    [InlineData("title: X\nnodes:\n  - name: A\n", "kaavio.yaml:1:1: unknown key 'title' in the chart")]
    [InlineData("nodes:\n  - name: A\n    kind: office\n", "kaavio.yaml:3:11: unknown kind 'office' (allowed: organ, post, unit)")]
    [InlineData("nodes:\n  - kind: organ\n", "kaavio.yaml:2:5: a node has no 'name'")]
    [InlineData("nodes:\n  - name: A\n    assistant: perhaps\n", "kaavio.yaml:3:16: 'assistant' must be true or false")]
    [InlineData("nodes:\n  - name: A\n    children: B\n", "kaavio.yaml:3:15: 'children' must be a list of nodes")]
    [InlineData("chart: X\n", "kaavio.yaml:1:1: the chart has no 'nodes:' list")]
    [InlineData("nodes: []\n", "kaavio.yaml:1:8: 'nodes' is empty")]
    [InlineData("nodes:\n  - name: [A\n", "kaavio.yaml:3:1: this is not valid YAML")]
    [InlineData("- name: A\n", "kaavio.yaml:1:1: a chart must be a mapping")]
    [InlineData("nodes:\n  - &a\n    name: A\n  - *a\n", "kaavio.yaml:2:5: anchors and aliases")]
    public void Schema_mistakes_are_refused_with_line_and_column(string yaml, string expected)
    {
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.FromYaml(yaml, "kaavio.yaml"));
        error.Reason.ShouldBe(OrgChartRejectionReason.InvalidYaml);
        error.Message.ShouldStartWith(expected);
        error.Message.ShouldContain("docs/org-charts.md");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Should.Throw<OrgChartRejectedException>(() => OrgChartReader.FromYaml("# nothing here\n", "kaavio.yaml"))
            .Message.ShouldContain("the YAML chart is empty");
    }

    [Fact]
    public void Several_yaml_documents_are_several_charts()
    {
        var charts = OrgChartReader.FromYaml("nodes:\n  - name: A\n---\nchart: Toinen\nnodes:\n  - name: B\n", "kaksi.yaml");
        charts.Select(c => c.Roots[0].Name).ShouldBe(["A", "B"]);
        charts[1].Title.ShouldBe("Toinen");
    }
}
