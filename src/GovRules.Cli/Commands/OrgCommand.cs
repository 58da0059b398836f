using System.CommandLine;
using GovRules.Cli.Output;
using GovRules.OrgCharts;

namespace GovRules.Cli.Commands;

/// <summary>The output formats of `govrules org show`.</summary>
internal enum OrgShowFormat
{
    /// <summary>An indented tree for a person.</summary>
    Text,

    /// <summary>JSON for tools.</summary>
    Json,

    /// <summary>The YAML chart schema; reads back through the YAML chart reader.</summary>
    Yaml,
}

/// <summary>`govrules org show CHART`: the organisation chart as GovRules understood it.</summary>
internal static class OrgCommand
{
    public static Command Create()
    {
        var chart = new Argument<string>("chart") { Description = "The chart: .yaml/.yml, or a .docx/.md that is a chart or holds one under a heading \"Organisaatiokaavio\"" };
        var format = new Option<OrgShowFormat>("--format") { Description = "Output: text (default), json or yaml", DefaultValueFactory = _ => OrgShowFormat.Text };
        var show = new Command("show", "Print every chart found, as a tree with heads, so you can check what GovRules understood") { chart, format };
        show.SetAction(parse =>
        {
            var charts = OrgChartReader.Read(parse.GetValue(chart)!);
            var output = parse.GetValue(format) switch
            {
                OrgShowFormat.Json => OrgJsonWriter.Write(charts),
                OrgShowFormat.Yaml => OrgYamlWriter.Write(charts),
                _ => OrgTextWriter.Write(charts),
            };
            Console.Out.Write(output);
            return ExitCodes.Ok;
        });
        return new Command("org", "Inspect an organisation chart") { show };
    }
}
