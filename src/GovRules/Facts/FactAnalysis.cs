using GovRules.Language;

namespace GovRules.Facts;

/// <summary>What the extractor computed once and the queries reuse: the lexicon, the analyser and every block's words.</summary>
internal sealed class FactAnalysis(Lexicon lexicon, IFinnishAnalyzer analyzer, NameFinder names, IReadOnlyList<QueryBlock> blocks)
{
    private readonly Dictionary<string, TermQuery> queries = new(StringComparer.Ordinal);
    private readonly Dictionary<Assignment, Token[]> taskTokens = new(ReferenceEqualityComparer.Instance);
    private readonly Lock gate = new();
    private readonly Lazy<WordIndex> index = new(() => new WordIndex([.. blocks.Select(b => b.Words)], names.Matcher, analyzer));
    private WordIndex? taskIndex;

    /// <summary>Analyses the blocks of a document with the built-in lexicon (for a fact base not built by the extractor).</summary>
    public static FactAnalysis For(Documents.GovDocument document)
    {
        var names = new NameFinder(Lexicon.Default, FinnishStemmer.Instance);
        var blocks = document.Blocks.Select(b => new QueryBlock(b, AnalyzedBlock.Of(b, b.Text, names).Tokens)).ToList();
        return new FactAnalysis(Lexicon.Default, FinnishStemmer.Instance, names, blocks);
    }

    public Lexicon Lexicon => lexicon;

    public IFinnishAnalyzer Analyzer => analyzer;

    public LexiconMatcher Matcher => names.Matcher;

    public IReadOnlyList<QueryBlock> Blocks => blocks;

    /// <summary>The blocks that mention <paramref name="term"/>, in document order.</summary>
    public IEnumerable<QueryBlock> BlocksMentioning(string term)
    {
        var query = Query(term);
        foreach (var b in index.Value.CandidatesFor(query))
            if (query.Matches(blocks[b].Words, Matcher, analyzer)) yield return blocks[b];
    }

    /// <summary>For each of <paramref name="assignments"/> (the fact base's own, always the same list), whether its task mentions <paramref name="term"/>.</summary>
    public bool[] TasksMentioning(IReadOnlyList<Assignment> assignments, string term)
    {
        var query = Query(term);
        var tasks = LazyInitializer.EnsureInitialized(ref taskIndex, () => new WordIndex([.. assignments.Select(TaskTokens)], Matcher, analyzer));
        var mentions = new bool[assignments.Count];
        if (query.Entries.Count > 0)
            for (var a = 0; a < assignments.Count; a++) mentions[a] = HasEntryTerm(assignments[a], query);
        foreach (var a in tasks.CandidatesFor(query))
            mentions[a] = mentions[a] || query.Matches(TaskTokens(assignments[a]), Matcher, analyzer);
        return mentions;
    }

    /// <summary>Whether one assignment's task mentions the term (for an assignment that is not the fact base's own).</summary>
    public bool TaskMentions(Assignment assignment, string term)
    {
        var query = Query(term);
        return HasEntryTerm(assignment, query) || query.Matches(TaskTokens(assignment), Matcher, analyzer);
    }

    // The extractor already recorded the lexicon terms a task contains.
    private static bool HasEntryTerm(Assignment assignment, TermQuery query)
    {
        foreach (var entry in query.Entries)
            if (assignment.Terms.Contains(entry.Id)) return true;
        return false;
    }

    /// <summary>A parsed term, cached.</summary>
    public TermQuery Query(string term)
    {
        lock (gate)
        {
            if (!queries.TryGetValue(term, out var query)) queries[term] = query = TermQuery.Parse(term, lexicon);
            return query;
        }
    }

    /// <summary>The tokens of an assignment's task, cached.</summary>
    public Token[] TaskTokens(Assignment assignment)
    {
        lock (gate)
        {
            if (!taskTokens.TryGetValue(assignment, out var tokens))
                taskTokens[assignment] = tokens = Tokenizer.Tokenize(TextNormalizer.Normalize(assignment.Task));
            return tokens;
        }
    }

    /// <summary>
    /// Which entity ids a holder term names: a lexicon id or phrase, an unknown name in any form, or
    /// "*head" for every compound with that head ("*johtaja": every johtaja post); "a|b" for alternatives.
    /// </summary>
    public Func<string, bool> HolderMatcher(string holder)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var heads = new List<string>();
        foreach (var alternative in holder.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (alternative.StartsWith('*')) { heads.Add(TextNormalizer.Fold(alternative[1..])); continue; }
            if (lexicon.Find(alternative) is { Kind: not TermKind.Task } entry) { ids.Add(entry.Id); continue; }
            lock (gate) ids.Add(ChartFacts.Identify(alternative, null, names).Id);
        }
        return id => ids.Contains(id) || heads.Any(head => id.EndsWith(head, StringComparison.Ordinal));
    }
}
