using System.CommandLine;
using GovRules.Cli.Output;
using GovRules.Documents;
using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Cli.Commands;

/// <summary>`govrules check FILE...`: checks drafts against the rules and reports in text, JSON, SARIF, Markdown or HTML.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Drafts (.docx, .docm, .md, .txt) or folders searched recursively; X.org.yaml beside a draft is its chart" };
        var org = new Option<string?>("--org") { Description = "The organisation chart for every draft (.yaml, or a .docx/.md holding one)" };
        var rules = new Option<string[]>("--rules") { Description = "A folder of user rules, loaded beside the built-in pack (repeatable)", AllowMultipleArgumentsPerToken = false };
        var profiles = new Option<string[]>("--profile") { Description = "A county profile, e.g. kaksikielinen, yhteinen-pelastuslaitos (repeatable)", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "text (default), json, sarif, md or html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "md", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of standard output" };
        var lang = new Option<string>("--lang") { Description = "Report language: fi (default) or en", DefaultValueFactory = _ => "fi" };
        lang.AcceptOnlyFromAmong("fi", "en");
        var changes = new Option<ChangeView>("--changes") { Description = "Tracked changes: accept (default) or original", DefaultValueFactory = _ => ChangeView.Accept };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 on findings at or above: error (default), warning or never", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var showPassed = new Option<bool>("--show-passed") { Description = "List passed and not-applicable rules in the text report too" };
        var annotate = new Option<string?>("--annotate") { Description = "Also write a copy of the .docx draft with one Word comment per finding to OUT.docx" };

        var command = new Command("check", "Check drafts against the law; exit 0 clean, 1 findings, 2 bad input, 3 rule error, 4 internal error")
        {
            files, org, rules, profiles, format, output, lang, changes, failOn, showPassed, annotate,
        };
        command.SetAction((parse, cancellationToken) => CheckRun.RunAsync(new CheckRequest
        {
            Files = parse.GetValue(files) ?? [],
            OrgChart = parse.GetValue(org),
            RuleFolders = parse.GetValue(rules) ?? [],
            Profiles = parse.GetValue(profiles) ?? [],
            Format = FormatOf(parse.GetValue(format)),
            OutputPath = parse.GetValue(output),
            Language = parse.GetValue(lang) == "en" ? TextLanguage.En : TextLanguage.Fi,
            Changes = parse.GetValue(changes),
            FailOn = parse.GetValue(failOn) switch { "warning" => Severity.Warning, "never" => null, _ => Severity.Error },
            ShowPassed = parse.GetValue(showPassed),
            AnnotatePath = parse.GetValue(annotate),
        }, cancellationToken));
        return command;
    }

    private static ReportFormat FormatOf(string? name) => name switch
    {
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "md" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        _ => ReportFormat.Text,
    };
}
