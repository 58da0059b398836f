using GovRules.Cli.Output;
using GovRules.OrgCharts;

namespace GovRules.Cli.Tests;

/// <summary>The YAML that `org show --format yaml` writes reads back unchanged, whatever the names contain.</summary>
public sealed class OrgShowYamlWriterTests
{
    [Fact]
    public void Names_that_YAML_would_misread_are_quoted_and_read_back_exactly()
    {
        string[] names = ["yes", "No", "null", "123", "Kysymys: kyllä", "# ei kommentti", "- viiva", "\"lainaus\"", "Sosiaali- ja terveyspalvelut",
            "Lasten, nuorten ja perheiden palvelut", "Hallinto & talous", "Takaviiva \\ tässä", "  välilyönnit  ", "[hakasulkeet]"];
        var chart = new OrgChart
        {
            SourceName = "muisti",
            Form = OrgChartForm.List,
            Title = "Otsikko: kaksoispiste — ja viiva",
            Roots = [new OrgNode
            {
                Name = "Aluehallitus",
                Kind = OrgNodeKind.Organ,
                Children = names.Select(n => new OrgNode { Name = n, Head = n, IsAssistant = n == "yes" }).ToArray(),
            }],
        };
        var file = Path.Combine(Path.GetTempPath(), $"govrules-org-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(file, OrgYamlWriter.Write([chart]));
            var read = OrgChartReader.ReadFirst(file);
            read.Title.ShouldBe(chart.Title);
            read.Roots[0].Children.Select(c => c.Name).ShouldBe(names.Select(n => n.Trim()));
            read.Roots[0].Children.Select(c => c.Head).ShouldBe(names.Select(n => n.Trim()));
            read.Roots[0].Children.Select(c => c.IsAssistant).ShouldBe(names.Select(n => n == "yes"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
