using System.Collections.Concurrent;
using GovRules.Documents;
using GovRules.Language;
using GovRules.OrgCharts;

namespace GovRules.Facts;

/// <summary>The questions rules ask. A term is a lexicon id, one of its synonyms, or free Finnish words in base form; "a|b" gives alternatives.</summary>
public sealed partial class FactBase
{
    private FactAnalysis? analysis;

    // The facts never change once built, so a query's answer never does either; rules repeat the same query
    // inside lambdas (per item, per assignment), which without these caches makes a rule quadratic in the draft.
    private readonly ConcurrentDictionary<string, IReadOnlyList<Assignment>> assignmentsAbout = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SourceLocation>> mentions = new(StringComparer.Ordinal);

    /// <summary>Computed once by the extractor and reused by the queries; analysed on first use for a fact base built by hand.</summary>
    internal FactAnalysis Analysis
    {
        get => analysis ??= FactAnalysis.For(Document);
        init => analysis = value;
    }

    /// <summary>Builds the facts of a document (and its chart) with the built-in lexicon. This is the extractor's entry point.</summary>
    public static FactBase Build(GovDocument document, OrgChart? chart)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new FactExtractor(Lexicon.Default, FinnishStemmer.Instance).Extract(document, chart);
    }

    /// <summary>Builds the facts with a given lexicon (the built-in one plus a county's own files).</summary>
    internal static FactBase Build(GovDocument document, OrgChart? chart, Lexicon lexicon) =>
        new FactExtractor(lexicon, FinnishStemmer.Instance).Extract(document, chart);

    /// <summary>Every assignment whose holder is <paramref name="holder"/>: a lexicon id ("pelastusjohtaja") or any name variant in any form.</summary>
    public IEnumerable<Assignment> AssignmentsOf(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var matches = Analysis.HolderMatcher(holder);
        return Assignments.Where(a => matches(a.Holder));
    }

    /// <summary>Every assignment whose task mentions all of <paramref name="terms"/> (each may be "a|b").</summary>
    public IEnumerable<Assignment> AssignmentsAbout(params string[] terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return assignmentsAbout.GetOrAdd(string.Join('\u001f', terms),
            static (_, state) => state.Facts.Assignments.Where(a => state.Terms.All(t => state.Facts.TaskMentions(a, t))).ToList(),
            (Facts: this, Terms: terms));
    }

    /// <summary>Whether the task of <paramref name="assignment"/> mentions <paramref name="term"/> (inflection- and compound-aware).</summary>
    public bool TaskMentions(Assignment assignment, string term)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(term);
        var query = Analysis.Query(term);
        if (query.EntryIds.Any(assignment.Terms.Contains)) return true;
        return query.Matches(Analysis.TaskTokens(assignment), Analysis.Matcher, Analysis.Analyzer);
    }

    /// <summary>Where the document mentions <paramref name="term"/>: the location of every block whose text contains it.</summary>
    public IEnumerable<SourceLocation> MentionsOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return mentions.GetOrAdd(term, static (key, facts) =>
        {
            var query = facts.Analysis.Query(key);
            return facts.Analysis.Blocks.Where(b => query.Matches(b.Tokens, facts.Analysis.Matcher, facts.Analysis.Analyzer)).Select(b => b.Block.Location).ToList();
        }, this);
    }

    /// <summary>The organ, post or unit a term names, when the document or chart has it; null otherwise.</summary>
    public Entity? FindEntity(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var matches = Analysis.HolderMatcher(term);
        return Entities.FirstOrDefault(e => matches(e.Id));
    }

    /// <summary>Every delegation whose delegator is <paramref name="holder"/>.</summary>
    public IEnumerable<Delegation> DelegationsFrom(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var matches = Analysis.HolderMatcher(holder);
        return Delegations.Where(d => matches(d.From));
    }

    /// <summary>The entity id directly above <paramref name="term"/>: from the chart first, then from the text; null when neither says.</summary>
    public string? SuperiorOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var matches = Analysis.HolderMatcher(term);
        return ReportingLines.Where(l => matches(l.Subordinate)).OrderBy(l => l.Source).Select(l => l.Superior).FirstOrDefault();
    }
}
