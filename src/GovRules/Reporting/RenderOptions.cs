using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>How a report is rendered.</summary>
internal sealed record RenderOptions
{
    /// <summary>The language of labels and messages.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.Fi;

    /// <summary>Whether the text, Markdown and HTML reports list passed and not-applicable rules too.</summary>
    public bool ShowPassed { get; init; }

    /// <summary>Whether the text report uses ANSI colours (only on a terminal, never with NO_COLOR).</summary>
    public bool Color { get; init; }

    /// <summary>The folder SARIF artifact URIs are made relative to.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
}
