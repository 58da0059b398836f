using System.Text.Json;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Reporting;

/// <summary>SARIF tool.driver: the tool and every evaluated rule with its description, statute link and default level.</summary>
internal static class SarifToolWriter
{
    public static void Write(Utf8JsonWriter json, Report report, List<RuleResult> rules, TextLanguage language)
    {
        var labels = ReportLabels.For(language);
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", report.ToolName);
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("language", ReportCodes.Language(language));
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var title = rule.Title.In(language);
            var basis = string.Join("; ", rule.Basis.Select(b => ReportText.Basis(b, labels)));
            json.WriteStartObject();
            json.WriteString("id", rule.RuleId);
            json.WriteString("name", rule.RuleId.Replace("-", "", StringComparison.Ordinal));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", basis.Length == 0 ? title : $"{title}. {labels.Basis}: {basis}");
            json.WriteEndObject();
            var url = rule.Basis.Select(b => b.Url).FirstOrDefault(u => u is not null);
            if (url is not null) json.WriteString("helpUri", url);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SarifReportWriter.Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("requirement", rule.Requirement);
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Requirement);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
