using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

/// <summary>
/// The charts of samples/hallintosaanto: each X.org.yaml and every other form of the same chart beside
/// it (X.org.md, its pandoc .docx, the table X.org-taulukko.*, and the appendix of the draft X.md and its
/// .docx conversions) must read into the same tree: names, order, parents and heads.
/// </summary>
public sealed class SampleChartTests
{
    public static TheoryData<string, string> OtherForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var yaml in Directory.GetFiles(ChartPaths.Samples, "*.org.yaml").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(yaml)[..^".org.yaml".Length];
            var forms = Directory.GetFiles(ChartPaths.Samples, stem + ".org*")
                .Where(f => f != yaml && (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)))
                .Concat(Directory.GetFiles(ChartPaths.Samples, stem + ".*")
                    .Where(f => !Path.GetFileName(f).Contains(".org", StringComparison.Ordinal) && HasAppendix(stem)));
            foreach (var form in forms.Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(yaml), Path.GetFileName(form));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void Every_form_of_a_sample_chart_reads_into_the_tree_of_its_yaml(string yaml, string form)
    {
        var expected = OrgChartReader.ReadFirst(Path.Combine(ChartPaths.Samples, yaml));
        var actual = OrgChartReader.Read(Path.Combine(ChartPaths.Samples, form)).ShouldHaveSingleItem();
        ChartShape.Of(actual).ShouldBe(ChartShape.Of(expected));
    }

    [Fact]
    public void The_merged_county_model_places_the_rescue_department_inside_Terveys_ja_turvallisuus()
    {
        var chart = OrgChartReader.ReadFirst(Path.Combine(ChartPaths.Samples, "terveys-ja-turvallisuus.org.yaml"));
        var parents = chart.Walk().ToDictionary(p => p.Node.Name, p => p.Parent?.Name);
        var rescue = chart.Walk().Single(p => p.Node.Name == "Pelastuslaitos").Node;
        parents["Pelastuslaitos"].ShouldBe("Terveys ja turvallisuus");
        parents["Terveys ja turvallisuus"].ShouldBe("Hyvinvointialuejohtaja");
        parents["Hyvinvointialuejohtaja"].ShouldBe("Aluehallitus");
        parents["Aluehallitus"].ShouldBe("Aluevaltuusto");
        parents["Aluevaltuusto"].ShouldBeNull();
        rescue.Head.ShouldBe("Pelastusjohtaja");
        rescue.Kind.ShouldBe(OrgNodeKind.Unit);
        rescue.Children.Select(c => c.Name).ShouldContain("Valmius ja varautuminen");
    }

    [Theory]
    [InlineData("palvelulinjat.org.yaml", "Pelastuslaitos", "Hyvinvointialuejohtaja", "Pelastusjohtaja")]
    [InlineData("palvelulinjat.org.yaml", "Pohjoinen alue", "Integraatio ja alueet", "Aluejohtaja")]
    [InlineData("toimialat.org.yaml", "Keskilaakson pelastuslaitos", "Pelastustoimi", "Pelastusjohtaja")]
    [InlineData("toimialat.org.yaml", "Konsernipalvelut", "Hyvinvointialuejohtaja", "Konsernipalvelujohtaja")]
    public void The_service_line_and_sector_models_place_their_units_under_the_right_parent(string yaml, string unit, string parent, string head)
    {
        var chart = OrgChartReader.ReadFirst(Path.Combine(ChartPaths.Samples, yaml));
        var (node, actualParent) = chart.Walk().Single(p => p.Node.Name == unit);
        actualParent!.Name.ShouldBe(parent);
        node.Head.ShouldBe(head);
        node.Kind.ShouldBe(OrgNodeKind.Unit);
    }

    [Fact]
    public void The_appendix_of_the_draft_is_found_under_its_heading()
    {
        var chart = OrgChartReader.Read(Path.Combine(ChartPaths.Samples, "terveys-ja-turvallisuus.md")).ShouldHaveSingleItem();
        chart.Title.ShouldBe("Liite 1 Organisaatiokaavio");
        chart.Form.ShouldBe(OrgChartForm.List);
    }

    private static bool HasAppendix(string stem)
    {
        var draft = Path.Combine(ChartPaths.Samples, stem + ".md");
        return File.Exists(draft) && File.ReadLines(draft).Any(l => l.StartsWith('#') && l.Contains("Organisaatiokaavio", StringComparison.OrdinalIgnoreCase));
    }
}
