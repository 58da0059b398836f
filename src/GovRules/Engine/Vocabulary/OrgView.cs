using GovRules.Documents;
using GovRules.Facts;
using GovRules.OrgCharts;
using GovRules.Rules;

namespace GovRules.Engine.Vocabulary;

/// <summary>The organisation chart as rule expressions see it: <c>Org.Has(…)</c>, <c>Org.IsDirectlyUnder(…)</c>, <c>Org.Nodes</c>.</summary>
public sealed class OrgView
{
    private readonly FactBase facts;
    private readonly TextLanguage language;
    private readonly Action<string, string?, SourceLocation?> record;
    private readonly Action tick;

    internal OrgView(FactBase facts, TextLanguage language, Action<string, string?, SourceLocation?> record, Action tick)
    {
        this.facts = facts;
        this.language = language;
        this.record = record;
        this.tick = tick;
    }

    /// <summary>Whether a chart was given or found in the document.</summary>
    public bool Exists => facts.Chart is not null;

    /// <summary>Every node of the chart in depth-first chart order (empty without a chart).</summary>
    public IReadOnlyList<OrgNode> Nodes => facts.Chart?.Walk().Select(n => n.Node).ToList() ?? [];

    /// <summary>Whether the chart has a node for <paramref name="term"/> (a unit, organ or post; "a|b" for alternatives).</summary>
    public bool Has(string term)
    {
        tick();
        var entity = Alternatives(term).Select(facts.FindEntity).FirstOrDefault(e => e is { InChart: true });
        record(Phrases.InChart(term, language), entity?.Name, null);
        return entity is not null;
    }

    /// <summary>The entity id directly above <paramref name="term"/> (chart first, then the text); null when neither says.</summary>
    public string? SuperiorOf(string term)
    {
        tick();
        return facts.SuperiorOf(term);
    }

    /// <summary>Whether <paramref name="child"/> stands directly under <paramref name="parent"/> ("a|b" for alternative parents).</summary>
    public bool IsDirectlyUnder(string child, string parent)
    {
        tick();
        var superior = facts.SuperiorOf(child);
        var holds = superior is not null && Alternatives(parent).Any(p => string.Equals(superior, facts.FindEntity(p)?.Id ?? p, StringComparison.Ordinal));
        record(Phrases.Under(child, parent, language), superior, null);
        return holds;
    }

    /// <summary>The head the chart names for the node of <paramref name="term"/> (e.g. "Pelastusjohtaja" for the pelastuslaitos); null when none.</summary>
    public string? HeadOf(string term)
    {
        tick();
        var id = facts.FindEntity(term)?.Id;
        if (id is null) return null;
        return Nodes.FirstOrDefault(n => n.Head is not null && facts.FindEntity(n.Name)?.Id == id)?.Head;
    }

    private static string[] Alternatives(string term) => term.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
