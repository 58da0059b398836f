namespace GovRules.Reporting;

/// <summary>The formats a <see cref="Engine.Report"/> can be rendered in.</summary>
public enum ReportFormat
{
    /// <summary>A plain-text report for the terminal, grouped by chapter and section.</summary>
    Text,

    /// <summary>JSON, schema govrules-report/1 (docs/report-schema.md).</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
    Sarif,

    /// <summary>Markdown for meeting material, with the coverage matrix.</summary>
    Markdown,

    /// <summary>One self-contained HTML file for meeting material, with the coverage matrix.</summary>
    Html,
}
