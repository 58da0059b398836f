using System.Text;
using GovRules.Engine;

namespace GovRules.Reporting;

/// <summary>Markdown for meeting material: the text report's content plus the coverage matrix.</summary>
internal static class MarkdownReportWriter
{
    public static string Render(Report report, RenderOptions options)
    {
        var labels = ReportLabels.For(options.Language);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(labels.Title)).Append("\n\n");
        md.Append($"{labels.Tool}: {Escape(report.ToolName)} {Escape(report.ToolVersion)}  \n");
        md.Append($"{labels.RulePack}: `{report.RulePack}`  \n");
        md.Append($"**{Escape(labels.SummaryLine(ReportSummary.Of(report)))}**\n\n");
        foreach (var document in report.Documents) WriteDocument(md, document, labels, options);
        return md.ToString();
    }

    private static void WriteDocument(StringBuilder md, DocumentReport document, ReportLabels labels, RenderOptions options)
    {
        var language = options.Language;
        md.Append("## ").Append(Escape(document.Path)).Append("\n\n");
        md.Append($"- {labels.Profiles}: {Escape(ReportText.Profiles(document, labels))}\n");
        md.Append($"- SHA-256: `{document.Sha256}`\n");
        foreach (var warning in document.Warnings) md.Append($"- {labels.ReaderWarnings}: {Escape(warning)}\n");
        md.Append($"- **{Escape(labels.SummaryLine(ReportSummary.Of(document)))}**\n\n");

        var groups = ReportText.GroupByPlace(document, labels);
        if (groups.Count == 0) md.Append(labels.NoFindings).Append("\n\n");
        foreach (var group in groups)
        {
            md.Append("### ").Append(Escape(group.Heading)).Append("\n\n");
            foreach (var finding in group.Findings)
            {
                md.Append($"- **{labels.SeverityName(finding.Severity)}** `{finding.RuleId}` {Escape(finding.Message.In(language))}\n");
                foreach (var basis in finding.Basis)
                    md.Append($"  - {labels.Basis}: {Basis(basis, labels)}\n");
                foreach (var evidence in finding.Evidence)
                    md.Append($"  - {labels.Evidence}: {Escape(ReportText.Evidence(evidence, labels))}\n");
                var remedy = finding.Remedy.In(language);
                if (remedy.Length > 0) md.Append($"  - {labels.Remedy}: {Escape(remedy)}\n");
            }
            md.Append('\n');
        }

        var notEvaluated = ReportText.WithOutcome(document, RuleOutcome.Error).ToList();
        if (notEvaluated.Count > 0)
        {
            md.Append("### ").Append(labels.NotEvaluated).Append("\n\n");
            foreach (var result in notEvaluated) md.Append($"- `{result.RuleId}` {Escape(result.ErrorMessage ?? "")}\n");
            md.Append('\n');
        }

        md.Append("### ").Append(Escape(labels.Coverage)).Append("\n\n");
        md.Append($"| {labels.Requirement} | {labels.Rule} | {labels.Outcome} | {labels.Where} |\n|---|---|---|---|\n");
        foreach (var row in CoverageMatrix.Of(document, options))
        {
            md.Append($"| {Cell(row.Requirement)} | `{row.RuleId}` {Cell(row.Title)} | {labels.OutcomeName(row.Outcome)} | {Cell(row.Where)} |\n");
        }
        md.Append('\n');
    }

    private static string Basis(Rules.LegalBasis basis, ReportLabels labels)
    {
        var text = Escape(ReportText.Citation(basis, labels));
        return basis.Url is null ? text : $"[{text}]({basis.Url})";
    }

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
