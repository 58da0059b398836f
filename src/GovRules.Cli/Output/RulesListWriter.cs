using System.Text;
using System.Text.Json;
using GovRules.Rules;

namespace GovRules.Cli.Output;

/// <summary>Renders `rules list`: a text table or JSON.</summary>
internal static class RulesListWriter
{
    public static string Text(RuleSet set, TextLanguage language)
    {
        var rows = set.Rules.Select(r => new[] { r.Id, r.Requirement, RuleVocabulary.Name(r.Severity), Verification(r), r.Title.In(language) }).ToList();
        var header = language == TextLanguage.En
            ? new[] { "ID", "REQUIREMENT", "SEVERITY", "VERIFICATION", "TITLE" }
            : new[] { "ID", "VAATIMUS", "VAKAVUUS", "VARMENNUS", "OTSIKKO" };
        var widths = Enumerable.Range(0, 4).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.Append(string.Join("  ", row.Take(4).Select((cell, i) => cell.PadRight(widths[i])))).Append("  ").Append(row[4]).Append('\n');
        return text.ToString();
    }

    public static string Json(RuleSet set)
    {
        var rules = set.Rules.Select(r => new
        {
            id = r.Id,
            requirement = r.Requirement,
            severity = RuleVocabulary.Name(r.Severity),
            verification = Verification(r),
            title = new { fi = r.Title.Fi, en = r.Title.En },
            profiles = r.Profiles,
            source = r.SourcePath,
        });
        return JsonSerializer.Serialize(new { rulePack = set.ContentHash, rules }, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>The weakest verification level among the rule's basis entries (the one a reader must know).</summary>
    public static string Verification(RuleDefinition rule) =>
        RuleVocabulary.Name(rule.Basis.Select(b => b.Verification).DefaultIfEmpty(Rules.Verification.Unverified).Max());
}
