using System.Text;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>One self-contained HTML file for meeting material: the text report's content plus the coverage matrix.</summary>
internal static class HtmlReportWriter
{
    public static string Render(Report report, RenderOptions options)
    {
        var labels = ReportLabels.For(options.Language);
        var summary = ReportSummary.Of(report);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{ReportCodes.Language(options.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{E(labels.Title)}</title>\n<style>\n{HtmlStyles.Css}\n</style>\n</head>\n<body>\n");
        html.Append($"<header>\n<h1>{E(labels.Title)}</h1>\n");
        html.Append($"<p class=\"meta\">{E(labels.Tool)}: {E(report.ToolName)} {E(report.ToolVersion)} · {E(labels.RulePack)}: <code>{E(report.RulePack)}</code></p>\n");
        html.Append($"<p class=\"summary{(summary.Errors > 0 ? " has-errors" : "")}\" id=\"summary\">{E(labels.SummaryLine(summary))}</p>\n</header>\n");
        foreach (var document in report.Documents) WriteDocument(html, document, labels, options);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteDocument(StringBuilder html, DocumentReport document, ReportLabels labels, RenderOptions options)
    {
        var language = options.Language;
        var summary = ReportSummary.Of(document);
        html.Append("<section class=\"document\">\n");
        html.Append($"<h2>{E(labels.Document)}: {E(document.Path)}</h2>\n");
        html.Append($"<p class=\"meta\">{E(labels.Profiles)}: {E(ReportText.Profiles(document, labels))}<br>SHA-256: <code>{E(document.Sha256)}</code></p>\n");
        foreach (var warning in document.Warnings) html.Append($"<p class=\"meta\">{E(labels.ReaderWarnings)}: {E(warning)}</p>\n");
        html.Append($"<p class=\"summary{(summary.Errors > 0 ? " has-errors" : "")}\">{E(labels.SummaryLine(summary))}</p>\n");

        var groups = ReportText.GroupByPlace(document, labels);
        if (groups.Count == 0) html.Append($"<p>{E(labels.NoFindings)}</p>\n");
        foreach (var group in groups)
        {
            html.Append($"<h3>{E(group.Heading)}</h3>\n");
            foreach (var finding in group.Findings) WriteFinding(html, finding, labels, language);
        }

        var notEvaluated = ReportText.WithOutcome(document, RuleOutcome.Error).ToList();
        if (notEvaluated.Count > 0)
        {
            html.Append($"<h3>{E(labels.NotEvaluated)}</h3>\n<ul>\n");
            foreach (var result in notEvaluated)
                html.Append($"<li><span class=\"rule-id\">{E(result.RuleId)}</span>{E(result.ErrorMessage ?? "")}</li>\n");
            html.Append("</ul>\n");
        }

        html.Append($"<h3>{E(labels.Coverage)}</h3>\n<table class=\"coverage\">\n<thead><tr><th>{E(labels.Requirement)}</th><th>{E(labels.Rule)}</th>");
        html.Append($"<th>{E(labels.Outcome)}</th><th>{E(labels.Where)}</th></tr></thead>\n<tbody>\n");
        foreach (var row in CoverageMatrix.Of(document, options))
        {
            html.Append($"<tr><td>{E(row.Requirement)}</td><td><span class=\"rule-id\">{E(row.RuleId)}</span>{E(row.Title)}</td>");
            html.Append($"<td class=\"outcome-{ReportCodes.Outcome(row.Outcome)}\">{E(labels.OutcomeName(row.Outcome))}</td><td>{E(row.Where)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteFinding(StringBuilder html, Finding finding, ReportLabels labels, TextLanguage language)
    {
        html.Append($"<article class=\"finding {ReportCodes.Severity(finding.Severity)}\">\n");
        html.Append($"<p><span class=\"severity\">{E(labels.SeverityName(finding.Severity))}</span><span class=\"rule-id\">{E(finding.RuleId)}</span>");
        html.Append($"<span class=\"message\">{E(finding.Message.In(language))}</span></p>\n");
        foreach (var basis in finding.Basis)
        {
            var text = E(ReportText.Citation(basis, labels));
            var linked = basis.Url is null ? text : $"<a href=\"{E(basis.Url)}\">{text}</a>";
            html.Append($"<p class=\"basis\"><span class=\"label\">{E(labels.Basis)}:</span> {linked}</p>\n");
        }
        foreach (var evidence in finding.Evidence)
            html.Append($"<p class=\"evidence\"><span class=\"label\">{E(labels.Evidence)}:</span> {E(ReportText.Evidence(evidence, labels))}</p>\n");
        var remedy = finding.Remedy.In(language);
        if (remedy.Length > 0) html.Append($"<p class=\"remedy\"><span class=\"label\">{E(labels.Remedy)}:</span> {E(remedy)}</p>\n");
        html.Append("</article>\n");
    }

    // Only the markup characters: Finnish letters and § stay readable in the file (it is UTF-8).
    private static string E(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null) escaped.Append(c);
            else escaped.Append(entity);
        }
        return escaped.ToString();
    }
}
