using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GovRules.Language;

/// <summary>
/// Matches tokens against every word of the lexicon once per distinct token (cached), and finds the
/// lexicon phrases and combinations a token list contains by looking up only the phrases that begin
/// with a word the token matched. This keeps extraction linear in the number of tokens.
/// </summary>
internal sealed class LexiconMatcher
{
    private static readonly ConditionalWeakTable<Lexicon, LexiconMatcher> Shared = [];

    private readonly IFinnishAnalyzer analyzer;
    private readonly Dictionary<char, List<WordPattern>> patternsByFirstLetter = [];
    private readonly List<WordPattern> headPatterns = [];
    private readonly Dictionary<WordPattern, List<(LexiconEntry Entry, TermPhrase Phrase)>> phrasesByFirstWord = new(ReferenceEqualityComparer.Instance);
    private readonly List<LexiconEntry> combinationEntries;
    private readonly ConcurrentDictionary<string, HashSet<WordPattern>> tokenMatches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Head, int Start)?> nameHeads = new(StringComparer.Ordinal);
    private readonly List<string> heads;

    private LexiconMatcher(Lexicon lexicon, IFinnishAnalyzer analyzer)
    {
        this.analyzer = analyzer;
        var seen = new HashSet<WordPattern>(ReferenceEqualityComparer.Instance);
        foreach (var entry in lexicon.Entries)
        {
            foreach (var phrase in entry.Forms)
            {
                foreach (var word in phrase.Words) Register(word, seen);
                if (!phrasesByFirstWord.TryGetValue(phrase.First, out var list)) phrasesByFirstWord[phrase.First] = list = [];
                list.Add((entry, phrase));
            }
            foreach (var word in entry.AllOf.SelectMany(c => c).SelectMany(a => a)) Register(word, seen);
        }
        foreach (var list in phrasesByFirstWord.Values) list.Sort((a, b) => b.Phrase.Words.Count.CompareTo(a.Phrase.Words.Count));
        combinationEntries = lexicon.Entries.Where(e => e.AllOf.Count > 0).ToList();
        heads = lexicon.Heads.Where(h => h.Value != TermKind.Task).Select(h => h.Key).ToList();
    }

    /// <summary>The organ, post or unit head the word ends with (the earliest-starting, i.e. longest, one) and where it starts; cached.</summary>
    public (string Head, int Start)? NameHeadOf(string word) => nameHeads.GetOrAdd(word, w =>
    {
        (string Head, int Start)? best = null;
        foreach (var head in heads)
            if (analyzer.EndsWithFormOf(w, head, out var start) && (best is null || start < best.Value.Start)) best = (head, start);
        return best;
    });

    /// <summary>The matcher of a lexicon with the given analyser; shared per lexicon.</summary>
    public static LexiconMatcher For(Lexicon lexicon, IFinnishAnalyzer analyzer) =>
        Shared.GetValue(lexicon, l => new LexiconMatcher(l, analyzer));

    /// <summary>The lexicon words the lower-case token is a form of.</summary>
    public HashSet<WordPattern> MatchesOf(string token) => tokenMatches.GetOrAdd(token, Compute);

    /// <summary>Whether the token matches the lexicon word (any word parsed by the lexicon).</summary>
    public bool Matches(string token, WordPattern word) => MatchesOf(token).Contains(word);

    /// <summary>The lexicon phrases that start at token <paramref name="i"/>, longest first, with the number of tokens each covers.</summary>
    public IEnumerable<(LexiconEntry Entry, TermPhrase Phrase, int Length)> PhrasesAt(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].IsWord) yield break;
        foreach (var first in MatchesOf(tokens[i].Lower))
        {
            if (!phrasesByFirstWord.TryGetValue(first, out var phrases)) continue;
            foreach (var (entry, phrase) in phrases)
            {
                var length = MatchLength(phrase, tokens, i);
                if (length > 0) yield return (entry, phrase, length);
            }
        }
    }

    /// <summary>The ids of entries of <paramref name="kind"/> that occur in the tokens (a phrase, or every word of a combination).</summary>
    public List<string> EntriesIn(IReadOnlyList<Token> tokens, TermKind kind)
    {
        var found = new List<string>();
        var present = new HashSet<WordPattern>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            present.UnionWith(MatchesOf(tokens[i].Lower));
            foreach (var (entry, _, _) in PhrasesAt(tokens, i))
                if (entry.Kind == kind && !found.Contains(entry.Id)) found.Add(entry.Id);
        }
        foreach (var entry in combinationEntries)
            if (entry.Kind == kind && !found.Contains(entry.Id) && entry.AllOf.Any(combo => combo.All(alternatives => alternatives.Any(present.Contains))))
                found.Add(entry.Id);
        return found;
    }

    /// <summary>Whether the entry occurs in the tokens.</summary>
    public bool Occurs(LexiconEntry entry, IReadOnlyList<Token> tokens)
    {
        var present = new HashSet<WordPattern>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            present.UnionWith(MatchesOf(tokens[i].Lower));
            foreach (var phrase in entry.Forms)
                if (MatchLength(phrase, tokens, i) > 0) return true;
        }
        return entry.AllOf.Any(combo => combo.All(alternatives => alternatives.Any(present.Contains)));
    }

    private int MatchLength(TermPhrase phrase, IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        foreach (var word in phrase.Words)
        {
            if (i >= tokens.Count || !tokens[i].IsWord || !Matches(tokens[i].Lower, word)) return 0;
            i++;
        }
        return i - start;
    }

    private void Register(WordPattern word, HashSet<WordPattern> seen)
    {
        if (!seen.Add(word)) return;
        if (word.Mode == WordMatchMode.CompoundHead) { headPatterns.Add(word); return; }
        if (!patternsByFirstLetter.TryGetValue(word.Base[0], out var list)) patternsByFirstLetter[word.Base[0]] = list = [];
        list.Add(word);
    }

    private HashSet<WordPattern> Compute(string token)
    {
        var result = new HashSet<WordPattern>(ReferenceEqualityComparer.Instance);
        if (token.Length == 0) return result;
        if (patternsByFirstLetter.TryGetValue(token[0], out var candidates))
            foreach (var word in candidates)
                if (word.Matches(token, analyzer)) result.Add(word);
        foreach (var word in headPatterns)
            if (word.Matches(token, analyzer)) result.Add(word);
        return result;
    }
}
