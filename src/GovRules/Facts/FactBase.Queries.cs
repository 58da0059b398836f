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
    private readonly ConcurrentDictionary<string, bool[]> tasksMentioning = new(StringComparer.Ordinal);
    private Dictionary<Assignment, int>? assignmentIndex;

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
        return assignmentsAbout.GetOrAdd(string.Join('\u001f', terms), static (_, state) =>
        {
            var masks = state.Terms.Select(state.Facts.TasksMentioning).ToList();
            return state.Facts.Assignments.Where((_, a) => masks.All(mask => mask[a])).ToList();
        }, (Facts: this, Terms: terms));
    }

    /// <summary>Whether the task of <paramref name="assignment"/> mentions <paramref name="term"/> (inflection- and compound-aware).</summary>
    public bool TaskMentions(Assignment assignment, string term)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(term);
        var index = LazyInitializer.EnsureInitialized(ref assignmentIndex,
            () => Assignments.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i, AssignmentIdentity.Instance));
        return index.TryGetValue(assignment, out var at) ? TasksMentioning(term)[at] : Analysis.TaskMentions(assignment, term);
    }

    // Whether each assignment's task mentions the term: worked out once per term for all assignments, through a word index.
    private bool[] TasksMentioning(string term) =>
        tasksMentioning.GetOrAdd(term, static (key, facts) => facts.Analysis.TasksMentioning(facts.Assignments, key), this);

    /// <summary>Where the document mentions <paramref name="term"/>: the location of every block whose text contains it.</summary>
    public IEnumerable<SourceLocation> MentionsOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return mentions.GetOrAdd(term, static (key, facts) => facts.Analysis.BlocksMentioning(key).Select(b => b.Block.Location).ToList(), this);
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

    // An assignment is a record: two identical sentences in different places are equal, but each has its own index.
    private sealed class AssignmentIdentity : IEqualityComparer<Assignment>
    {
        public static readonly AssignmentIdentity Instance = new();

        public bool Equals(Assignment? x, Assignment? y) => ReferenceEquals(x, y);

        public int GetHashCode(Assignment obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
