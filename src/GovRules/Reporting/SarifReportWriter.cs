using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>SARIF 2.1.0: the evaluated rules in tool.driver.rules, every finding as a result.</summary>
internal static class SarifReportWriter
{
    private const string SourceRoot = "%SRCROOT%";
    private const string FingerprintKey = "govrules/v1";

    public static string Render(Report report, RenderOptions options)
    {
        var rules = report.Documents.SelectMany(d => d.Results)
            .GroupBy(r => r.RuleId, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((r, i) => (r.RuleId, i)).ToDictionary(p => p.RuleId, p => p.i, StringComparer.Ordinal);
        var artifacts = report.Documents.Select(d => SarifArtifact.For(d.Path, options.WorkingDirectory)).ToList();

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            SarifToolWriter.Write(json, report, rules, options.Language);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", SarifArtifact.DirectoryUri(options.WorkingDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("artifacts");
            for (var i = 0; i < artifacts.Count; i++)
            {
                json.WriteStartObject();
                WriteArtifactLocation(json, artifacts[i], null);
                json.WriteStartObject("hashes");
                json.WriteString("sha-256", report.Documents[i].Sha256);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteInvocation(json, report, artifacts);
            json.WriteStartArray("results");
            for (var i = 0; i < report.Documents.Count; i++)
            {
                foreach (var finding in report.Documents[i].Results.SelectMany(r => r.Findings))
                    WriteResult(json, finding, ruleIndex[finding.RuleId], artifacts[i], i, options.Language);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A fingerprint that survives edits elsewhere in the draft: rule id, anchor and the message's Finnish text, never a line number.</summary>
    public static string Fingerprint(Finding finding)
    {
        var key = $"{finding.RuleId}\n{finding.Location?.Anchor ?? ""}\n{finding.Message.Fi}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    /// <summary>"3 luku/12 §/2 mom.", the SARIF logical location of a place in the draft.</summary>
    public static string LogicalName(SourceLocation location)
    {
        var parts = new List<string>(4);
        if (location.Chapter is not null) parts.Add($"{location.Chapter} luku");
        if (location.Section is not null) parts.Add($"{location.Section} §");
        if (location.Moment is not null) parts.Add($"{location.Moment} mom.");
        if (location.Item is not null) parts.Add($"{location.Item} kohta");
        return string.Join("/", parts);
    }

    private static void WriteInvocation(Utf8JsonWriter json, Report report, List<SarifArtifact> artifacts)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        for (var i = 0; i < report.Documents.Count; i++)
        {
            foreach (var failed in report.Documents[i].Results.Where(r => r.Outcome == RuleOutcome.Error))
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", $"{failed.RuleId}: {failed.ErrorMessage ?? "evaluation failed"}");
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                WriteArtifactLocation(json, artifacts[i], i);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("associatedRule");
                json.WriteString("id", failed.RuleId);
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, SarifArtifact artifact, int artifactIndex, TextLanguage language)
    {
        var labels = ReportLabels.For(language);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message.In(language));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, artifact, artifactIndex);
        // A Word draft has no lines: the region's line is the block's ordinal in body order (docs/report-schema.md).
        if (finding.Location is { Paragraph: > 0 })
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Location.Paragraph);
            json.WriteStartObject("snippet");
            json.WriteString("text", finding.Location.Snippet);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (finding.Location is not null && LogicalName(finding.Location) is { Length: > 0 } logical)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", logical.Split('/')[^1]);
            json.WriteString("fullyQualifiedName", logical);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, Fingerprint(finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("anchor", finding.Location?.Anchor ?? "");
        json.WriteString("remedy", finding.Remedy.In(language));
        json.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence) json.WriteStringValue(ReportText.Evidence(evidence, labels));
        json.WriteEndArray();
        json.WriteStartArray("basis");
        foreach (var basis in finding.Basis) json.WriteStringValue(ReportText.Basis(basis, labels));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, SarifArtifact artifact, int? index)
    {
        json.WriteStartObject(index is null ? "location" : "artifactLocation");
        json.WriteString("uri", artifact.Uri);
        if (artifact.Relative) json.WriteString("uriBaseId", SourceRoot);
        if (index is not null) json.WriteNumber("index", index.Value);
        json.WriteEndObject();
    }

    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
