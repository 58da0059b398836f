namespace GovRules.OrgCharts;

/// <summary>Why an organisation chart was refused.</summary>
public enum OrgChartRejectionReason
{
    /// <summary>The document holds no chart in any supported form.</summary>
    NoChart,

    /// <summary>The chart is only a picture (an image pasted into the document).</summary>
    Picture,

    /// <summary>The chart is drawn with free shapes and connectors instead of SmartArt.</summary>
    FreeShapes,

    /// <summary>A SmartArt diagram whose layout is not a hierarchy (list, process, cycle, …).</summary>
    NotHierarchy,

    /// <summary>A list or table that cannot be read as a tree: a cycle, an unknown or ambiguous parent, no rows.</summary>
    NotATree,

    /// <summary>A table whose columns are not recognisable as unit / parent / head.</summary>
    UnrecognisedTable,

    /// <summary>A YAML chart that does not follow the schema of docs/org-charts.md.</summary>
    InvalidYaml,

    /// <summary>A file type the chart reader does not read.</summary>
    UnsupportedFormat,
}

/// <summary>
/// Thrown when an organisation chart cannot be read. <see cref="Exception.Message"/> is one line that
/// names the file, says what is wrong and names the supported forms; the CLI prints it and exits with code 2.
/// </summary>
public sealed class OrgChartRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OrgChartRejectedException(string sourceName, OrgChartRejectionReason reason, string message, Exception? inner = null)
        : base(message, inner)
    {
        SourceName = sourceName;
        Reason = reason;
    }

    /// <summary>Creates the exception with an empty source name (for serializers and analyzers).</summary>
    public OrgChartRejectedException() : this("", OrgChartRejectionReason.NoChart, "The organisation chart was refused.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public OrgChartRejectedException(string message) : this("", OrgChartRejectionReason.NoChart, message) { }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public OrgChartRejectedException(string message, Exception innerException)
        : this("", OrgChartRejectionReason.NoChart, message, innerException) { }

    /// <summary>The file (or document name) whose chart was refused.</summary>
    public string SourceName { get; }

    /// <summary>Why it was refused.</summary>
    public OrgChartRejectionReason Reason { get; }

    /// <summary>The sentence every refusal ends with: the forms GovRules reads.</summary>
    internal const string SupportedForms =
        "supported forms: a SmartArt organisation chart or hierarchy, a nested bulleted or numbered list, "
        + "a table with columns Yksikkö | Ylempi yksikkö | Johtaja, or a .yaml chart (see docs/org-charts.md)";

    internal static OrgChartRejectedException Create(string sourceName, OrgChartRejectionReason reason, string problem) =>
        new(sourceName, reason, $"{sourceName}: {problem}; {SupportedForms}.");
}
