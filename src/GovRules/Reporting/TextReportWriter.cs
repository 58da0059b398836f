using System.Text;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>The terminal report: per document, findings grouped by chapter and section, then a summary line.</summary>
internal static class TextReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    public static string Render(Report report, RenderOptions options)
    {
        var labels = ReportLabels.For(options.Language);
        var paint = new Painter(options.Color);
        var text = new StringBuilder();
        foreach (var document in report.Documents)
            WriteDocument(text, document, labels, options, paint);
        if (report.Documents.Count > 1)
            text.Append(paint.Apply(Bold, $"{labels.Total}: {labels.SummaryLine(ReportSummary.Of(report))}")).Append('\n');
        return text.ToString();
    }

    private static void WriteDocument(StringBuilder text, DocumentReport document, ReportLabels labels, RenderOptions options, Painter paint)
    {
        var language = options.Language;
        text.Append(paint.Apply(Bold, document.Path)).Append('\n');
        text.Append($"  {labels.Profiles}: {ReportText.Profiles(document, labels)}\n");
        foreach (var warning in document.Warnings) text.Append($"  {labels.ReaderWarnings}: {warning}\n");
        text.Append('\n');

        var groups = ReportText.GroupByPlace(document, labels);
        if (groups.Count == 0) text.Append("  ").Append(labels.NoFindings).Append("\n\n");
        foreach (var group in groups)
        {
            text.Append(paint.Apply(Bold, group.Heading)).Append('\n');
            foreach (var finding in group.Findings)
            {
                var severity = labels.SeverityName(finding.Severity);
                text.Append("  ").Append(paint.Apply(SeverityColor(finding.Severity), severity))
                    .Append(' ').Append(finding.RuleId).Append("  ").Append(finding.Message.In(language)).Append('\n');
                foreach (var basis in finding.Basis)
                    text.Append($"      {labels.Basis}: {ReportText.Basis(basis, labels)}\n");
                foreach (var evidence in finding.Evidence)
                    text.Append($"      {labels.Evidence}: {ReportText.Evidence(evidence, labels)}\n");
                var remedy = finding.Remedy.In(language);
                if (remedy.Length > 0) text.Append($"      {labels.Remedy}: {remedy}\n");
            }
            text.Append('\n');
        }

        var notEvaluated = ReportText.WithOutcome(document, RuleOutcome.Error).ToList();
        if (notEvaluated.Count > 0)
        {
            text.Append(paint.Apply(Bold, labels.NotEvaluated)).Append('\n');
            foreach (var result in notEvaluated)
                text.Append("  ").Append(paint.Apply(Red, result.RuleId)).Append("  ").Append(result.ErrorMessage ?? "").Append('\n');
            text.Append('\n');
        }

        if (options.ShowPassed) WritePassed(text, document, labels, language, paint);
        text.Append(labels.SummaryLine(ReportSummary.Of(document))).Append("\n\n");
    }

    private static void WritePassed(StringBuilder text, DocumentReport document, ReportLabels labels, TextLanguage language, Painter paint)
    {
        var passed = ReportText.WithOutcome(document, RuleOutcome.Pass).ToList();
        if (passed.Count > 0)
        {
            text.Append(paint.Apply(Bold, labels.PassedRules)).Append('\n');
            foreach (var result in passed)
            {
                var where = ReportText.SatisfiedAt(result, labels);
                text.Append("  ").Append(paint.Apply(Green, result.RuleId)).Append("  ").Append(result.Title.In(language));
                if (where.Length > 0) text.Append(paint.Apply(Dim, $" ({where})"));
                text.Append('\n');
            }
            text.Append('\n');
        }
        var notApplicable = ReportText.WithOutcome(document, RuleOutcome.NotApplicable).ToList();
        if (notApplicable.Count > 0)
        {
            text.Append(paint.Apply(Bold, labels.NotApplicableRules)).Append('\n');
            foreach (var result in notApplicable)
                text.Append("  ").Append(paint.Apply(Dim, result.RuleId)).Append("  ").Append(result.Title.In(language)).Append('\n');
            text.Append('\n');
        }
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private readonly record struct Painter(bool Enabled)
    {
        public string Apply(string code, string text) => Enabled ? code + text + Reset : text;
    }
}
