using GovRules.Documents;
using GovRules.Engine.Vocabulary;
using GovRules.Facts;
using GovRules.OrgCharts;
using GovRules.Rules;

namespace GovRules.Engine;

/// <summary>Turns a failing verdict into a <see cref="Finding"/>: message placeholders filled, location chosen, evidence attached.</summary>
internal static class FindingFactory
{
    public static Finding Create(RuleDefinition rule, ItemVerdict verdict, bool forEach)
    {
        var location = LocationOf(verdict.Item) ?? verdict.Evidence.Select(e => e.Location).FirstOrDefault(l => l is not null);
        var fi = Values(rule, verdict, location, TextLanguage.Fi, forEach);
        var en = Values(rule, verdict, location, TextLanguage.En, forEach);
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.Severity,
            Message = MessageTemplate.Fill(rule.Message, fi, en),
            Remedy = MessageTemplate.Fill(rule.Remedy, fi, en),
            Location = location,
            Evidence = verdict.Evidence,
            Basis = rule.Basis,
        };
    }

    /// <summary>A readable name for a for-each item.</summary>
    public static string NameOf(object? item) => item switch
    {
        null => "",
        string text => text,
        OrgNode node => node.Name,
        Entity entity => entity.Name,
        Assignment assignment => $"{assignment.HolderText}: {assignment.Task}",
        GovSection section => $"{section.Number} § {section.Title}".Trim(),
        Block block => block.Location.Snippet,
        _ => item.ToString() ?? "",
    };

    private static SourceLocation? LocationOf(object? item) => item switch
    {
        SourceLocation location => location,
        Block block => block.Location,
        GovSection section => section.Heading.Location,
        Assignment assignment => assignment.Location,
        Entity entity => entity.Definitions.FirstOrDefault() ?? entity.Mentions.FirstOrDefault(),
        Delegation delegation => delegation.Location,
        _ => null,
    };

    private static Dictionary<string, string> Values(RuleDefinition rule, ItemVerdict verdict, SourceLocation? location, TextLanguage language, bool forEach)
    {
        var nothing = language == TextLanguage.En ? "nothing" : "ei mitään";
        var found = verdict.Evidence.Where(e => e.Found is not null).Select(e => e.Found!).Distinct().ToList();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["item"] = forEach ? NameOf(verdict.Item) : "",
            ["lookedFor"] = string.Join("; ", verdict.Evidence.Select(e => e.LookedFor).Distinct()),
            ["found"] = found.Count == 0 ? nothing : string.Join("; ", found),
            ["location"] = location?.Citation ?? (language == TextLanguage.En ? "the document" : "asiakirja"),
            ["rule"] = rule.Id,
            ["requirement"] = rule.Requirement,
        };
    }
}
