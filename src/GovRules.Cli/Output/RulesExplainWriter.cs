using System.Text;
using GovRules.Rules;

namespace GovRules.Cli.Output;

/// <summary>Renders `rules explain ID`: the rule in plain words with its basis, links and examples.</summary>
internal static class RulesExplainWriter
{
    public static string Write(RuleDefinition rule, RequirementCatalogue catalogue, TextLanguage language)
    {
        var en = language == TextLanguage.En;
        var text = new StringBuilder();
        text.Append(rule.Id).Append(" — ").Append(rule.Title.In(language)).Append('\n');
        var requirement = catalogue.Find(rule.Requirement);
        text.Append(en ? "Requirement: " : "Vaatimus: ").Append(rule.Requirement)
            .Append(requirement is null ? "" : $" ({requirement.Title})").Append('\n');
        text.Append(en ? "Severity: " : "Vakavuus: ").Append(RuleVocabulary.Name(rule.Severity)).Append('\n');
        if (rule.Profiles.Count > 0)
            text.Append(en ? "Profiles: " : "Profiilit: ").Append(string.Join(", ", rule.Profiles)).Append('\n');
        text.Append(en ? "Legal basis:" : "Oikeusperusta:").Append('\n');
        foreach (var basis in rule.Basis)
            text.Append($"  - {basis.Act} {basis.Section} [{RuleVocabulary.Name(basis.Verification)}]")
                .Append(basis.Url is null ? "" : $" {basis.Url}").Append('\n');
        text.Append(en ? "What it checks:" : "Mitä sääntö tarkistaa:").Append('\n');
        if (rule.Checks is { } checks) text.Append(Indent(checks.In(language)));
        else
        {
            if (rule.Applies is { } applies) text.Append(en ? "  applies when: " : "  sovelletaan kun: ").Append(applies.Text).Append('\n');
            if (rule.ForEach is { } each) text.Append(en ? "  for each: " : "  kullekin: ").Append(each.Text).Append('\n');
            text.Append(en ? "  requires: " : "  vaatii: ").Append(rule.Assert.Text).Append('\n');
        }
        text.Append(en ? "When it fails:" : "Kun sääntö ei täyty:").Append('\n').Append(Indent(rule.Message.In(language)));
        text.Append(en ? "Remedy:" : "Korjaus:").Append('\n').Append(Indent(rule.Remedy.In(language)));
        text.Append(en ? "Examples:" : "Esimerkit:").Append('\n');
        foreach (var example in rule.Examples)
        {
            text.Append($"  {example.Ordinal}. {RuleVocabulary.Name(example.Expect)}")
                .Append(example.Note is null ? "" : $" — {example.Note}")
                .Append(example.Profiles.Count > 0 ? $" (profiles: {string.Join(", ", example.Profiles)})" : "")
                .Append(example.Org is null ? "" : en ? " (with an org chart)" : " (organisaatiokaavion kanssa)").Append('\n');
            text.Append(Indent(example.Document.TrimEnd(), "     "));
        }
        return text.ToString();
    }

    private static string Indent(string text, string prefix = "  ") =>
        string.Concat(text.Trim('\n').Split('\n').Select(line => prefix + line.TrimEnd() + "\n"));
}
