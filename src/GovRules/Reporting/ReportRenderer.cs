using GovRules.Engine;

namespace GovRules.Reporting;

/// <summary>Renders a <see cref="Report"/> in a <see cref="ReportFormat"/>; renderers only format, they never evaluate a rule.</summary>
internal static class ReportRenderer
{
    public static string Render(Report report, ReportFormat format, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            ReportFormat.Json => JsonReportWriter.Render(report, options),
            ReportFormat.Sarif => SarifReportWriter.Render(report, options),
            ReportFormat.Markdown => MarkdownReportWriter.Render(report, options),
            ReportFormat.Html => HtmlReportWriter.Render(report, options),
            _ => TextReportWriter.Render(report, options),
        };
    }
}
