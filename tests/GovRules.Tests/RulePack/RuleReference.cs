using System.Text;
using GovRules.Rules;

namespace GovRules.Tests.RulePack;

/// <summary>Generates docs/rules/ID.md for one rule: title, basis with links, what it checks, message, remedy, examples.</summary>
internal static class RuleReference
{
    public static string Generate(RuleDefinition rule, RequirementCatalogue catalogue)
    {
        var text = new StringBuilder();
        text.Append($"# {rule.Id} — {rule.Title.Fi}\n\n");
        text.Append($"*{rule.Title.En}*\n\n");
        text.Append("<!-- Generated from the rule file by tests/GovRules.Tests/RulePack; do not edit by hand. -->\n\n");
        var requirement = catalogue.Find(rule.Requirement);
        text.Append($"- Vaatimus / requirement: **{rule.Requirement}**{(requirement is null ? "" : $" — {requirement.Title}")} ([kattavuus / coverage](../coverage.md))\n");
        text.Append($"- Vakavuus / severity: `{RuleVocabulary.Name(rule.Severity)}`\n");
        text.Append($"- Profiilit / profiles: {(rule.Profiles.Count == 0 ? "kaikki hyvinvointialueet / every county" : string.Join(", ", rule.Profiles.Select(p => $"`{p}`")))}\n");
        text.Append($"- Sääntötiedosto / rule file: `{rule.SourcePath}`\n\n");

        text.Append("## Oikeusperusta / Legal basis\n\n| Säädös / act | Pykälä / section | Varmennus / verification |\n|---|---|---|\n");
        foreach (var basis in rule.Basis)
        {
            var act = basis.Url is null ? basis.Act : $"[{basis.Act}]({basis.Url})";
            text.Append($"| {act} | {basis.Section} | `{RuleVocabulary.Name(basis.Verification)}` |\n");
        }

        text.Append("\n## Mitä tarkistetaan / What it checks\n\n");
        if (rule.Checks is not null) text.Append($"{rule.Checks.Fi}\n\n{rule.Checks.En}\n\n");
        text.Append("```csharp\n");
        if (rule.Applies is not null) text.Append($"// applies\n{rule.Applies.Text.TrimEnd()}\n");
        if (rule.ForEach is not null) text.Append($"// for-each\n{rule.ForEach.Text.TrimEnd()}\n");
        text.Append($"// assert\n{rule.Assert.Text.TrimEnd()}\n```\n\n");

        text.Append($"## Ilmoitus / Message\n\n{rule.Message.Fi}\n\n{rule.Message.En}\n\n");
        text.Append($"## Korjausohje / Remedy\n\n{rule.Remedy.Fi}\n\n{rule.Remedy.En}\n\n");

        text.Append("## Esimerkit / Examples\n");
        foreach (var example in rule.Examples)
        {
            var profiles = example.Profiles.Count == 0 ? "" : $" (profiilit / profiles: {string.Join(", ", example.Profiles)})";
            text.Append($"\n### {example.Ordinal}. `{RuleVocabulary.Name(example.Expect)}`{profiles}\n\n");
            text.Append($"````markdown\n{example.Document.TrimEnd()}\n````\n");
            if (example.Org is not null) text.Append($"\nOrganisaatiokaavio / chart:\n\n```yaml\n{example.Org.TrimEnd()}\n```\n");
        }
        return text.ToString();
    }
}
