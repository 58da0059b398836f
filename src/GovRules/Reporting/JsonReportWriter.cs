using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>The JSON report, schema govrules-report/1 (docs/report-schema.md): every evaluated rule of every document.</summary>
internal static class JsonReportWriter
{
    public const string SchemaId = "govrules-report/1";

    // Relaxed escaping keeps Finnish letters readable in the file; the output is never embedded in HTML.
    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(Report report, RenderOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("schema", SchemaId);
            json.WriteString("language", ReportCodes.Language(options.Language));
            json.WriteStartObject("tool");
            json.WriteString("name", report.ToolName);
            json.WriteString("version", report.ToolVersion);
            json.WriteString("rulePack", report.RulePack);
            json.WriteEndObject();
            json.WriteStartArray("documents");
            foreach (var document in report.Documents) WriteDocument(json, document, options.Language);
            json.WriteEndArray();
            WriteSummary(json, ReportSummary.Of(report));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentReport document, TextLanguage language)
    {
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("sha256", document.Sha256);
        json.WriteStartObject("profiles");
        json.WriteStartArray("declared");
        foreach (var profile in document.DeclaredProfiles) json.WriteStringValue(profile);
        json.WriteEndArray();
        json.WriteStartArray("detected");
        foreach (var profile in document.DetectedProfiles)
        {
            json.WriteStartObject();
            json.WriteString("name", profile.Name);
            json.WriteString("reason", profile.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("warnings");
        foreach (var warning in document.Warnings) json.WriteStringValue(warning);
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var result in document.Results.OrderBy(r => r.RuleId, StringComparer.Ordinal)) WriteResult(json, result, language);
        json.WriteEndArray();
        WriteSummary(json, ReportSummary.Of(document));
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, RuleResult result, TextLanguage language)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteString("requirement", result.Requirement);
        json.WriteString("title", result.Title.In(language));
        json.WriteString("outcome", ReportCodes.Outcome(result.Outcome));
        json.WriteString("severity", ReportCodes.Severity(result.Severity));
        WriteBasis(json, result.Basis);
        json.WriteStartArray("satisfiedAt");
        foreach (var location in result.SatisfiedAt) WriteLocation(json, location);
        json.WriteEndArray();
        if (result.ErrorMessage is null) json.WriteNull("error");
        else json.WriteString("error", result.ErrorMessage);
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings) WriteFinding(json, finding, language);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, TextLanguage language)
    {
        json.WriteStartObject();
        json.WriteString("severity", ReportCodes.Severity(finding.Severity));
        json.WriteString("message", finding.Message.In(language));
        json.WritePropertyName("location");
        if (finding.Location is null) json.WriteNullValue();
        else WriteLocation(json, finding.Location);
        json.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("lookedFor", evidence.LookedFor);
            if (evidence.Found is null) json.WriteNull("found");
            else json.WriteString("found", evidence.Found);
            json.WritePropertyName("location");
            if (evidence.Location is null) json.WriteNullValue();
            else WriteLocation(json, evidence.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteBasis(json, finding.Basis);
        json.WriteString("remedy", finding.Remedy.In(language));
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject();
        json.WriteString("anchor", location.Anchor);
        WriteNullable(json, "chapter", location.Chapter);
        WriteNullable(json, "chapterTitle", location.ChapterTitle);
        WriteNullable(json, "section", location.Section);
        WriteNullable(json, "sectionTitle", location.SectionTitle);
        if (location.Moment is null) json.WriteNull("moment");
        else json.WriteNumber("moment", location.Moment.Value);
        WriteNullable(json, "item", location.Item);
        json.WriteNumber("paragraph", location.Paragraph);
        json.WriteString("citation", location.Citation);
        json.WriteString("snippet", location.Snippet);
        json.WriteEndObject();
    }

    private static void WriteBasis(Utf8JsonWriter json, IReadOnlyList<LegalBasis> basis)
    {
        json.WriteStartArray("basis");
        foreach (var item in basis)
        {
            json.WriteStartObject();
            json.WriteString("act", item.Act);
            json.WriteString("section", item.Section);
            WriteNullable(json, "url", item.Url);
            json.WriteString("verification", ReportCodes.Verification(item.Verification));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("infos", summary.Infos);
        json.WriteNumber("passed", summary.Passed);
        json.WriteNumber("notApplicable", summary.NotApplicable);
        json.WriteNumber("ruleErrors", summary.RuleErrors);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
