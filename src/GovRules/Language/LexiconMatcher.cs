using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GovRules.Language;

/// <summary>
/// Matches tokens against the lexicon. Every distinct word is compared with the lexicon's words once
/// (<see cref="WordMatches"/>, cached for the life of the lexicon); a phrase is then tried only where a token
/// is a form of its first word. This keeps extraction and term queries linear in the number of tokens.
/// </summary>
internal sealed partial class LexiconMatcher
{
    private static readonly ConditionalWeakTable<Lexicon, LexiconMatcher> Shared = [];

    private readonly IFinnishAnalyzer analyzer;
    private readonly Dictionary<char, List<WordPattern>> patternsByFirstLetter = [];
    private readonly List<WordPattern> headPatterns = [];
    private readonly Dictionary<WordPattern, PhraseStart[]> phrasesByFirstWord = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<WordPattern> combinationWords = new(ReferenceEqualityComparer.Instance);
    private readonly List<LexiconEntry> combinationEntries;
    private readonly Func<string, WordMatches> compute;
    private readonly ConcurrentDictionary<string, WordMatches> words = new(StringComparer.Ordinal);

    private LexiconMatcher(Lexicon lexicon, IFinnishAnalyzer analyzer)
    {
        this.analyzer = analyzer;
        compute = Compute;
        var seen = new HashSet<WordPattern>(ReferenceEqualityComparer.Instance);
        var phrases = new List<PhraseStart>();
        foreach (var entry in lexicon.Entries)
        {
            foreach (var phrase in entry.Forms)
            {
                foreach (var word in phrase.Words) Register(word, seen);
                phrases.Add(new PhraseStart(entry, phrase, phrases.Count));
            }
            foreach (var word in entry.AllOf.SelectMany(c => c).SelectMany(a => a))
            {
                Register(word, seen);
                combinationWords.Add(word);
            }
        }
        // Most words first, so the first phrase that matches is the longest; lexicon order (the provisional rank given
        // above) settles ties the same way every run. Then each phrase gets its final rank.
        phrases.Sort(static (a, b) => a.Phrase.Words.Count != b.Phrase.Words.Count ? b.Phrase.Words.Count.CompareTo(a.Phrase.Words.Count) : a.Rank.CompareTo(b.Rank));
        var byFirstWord = new Dictionary<WordPattern, List<PhraseStart>>(ReferenceEqualityComparer.Instance);
        for (var rank = 0; rank < phrases.Count; rank++)
        {
            var first = phrases[rank].Phrase.First;
            if (!byFirstWord.TryGetValue(first, out var list)) byFirstWord[first] = list = [];
            list.Add(phrases[rank] with { Rank = rank });
        }
        foreach (var (word, list) in byFirstWord) phrasesByFirstWord[word] = [.. list];
        combinationEntries = lexicon.Entries.Where(e => e.AllOf.Count > 0).ToList();
        nameHeadWords = [.. lexicon.Heads.Where(h => h.Kind != TermKind.Task).Select(h => h.Word)];
        allHeads = lexicon.Heads;
    }

    /// <summary>The matcher of a lexicon with the given analyser; shared per lexicon.</summary>
    public static LexiconMatcher For(Lexicon lexicon, IFinnishAnalyzer analyzer) =>
        Shared.GetValue(lexicon, l => new LexiconMatcher(l, analyzer));

    /// <summary>What the lexicon knows of the lower-case token.</summary>
    public WordMatches WordsOf(string token) => words.TryGetValue(token, out var known) ? known : words.GetOrAdd(token, compute);

    /// <summary>What the lexicon knows of a token's word: read from the word itself after the first time.</summary>
    public WordMatches WordsOf(Token token) => AnalysisOf(token.Word).Matches;

    /// <summary>The analyser's stem of a token's word; cached on the word.</summary>
    public string StemOf(Token token)
    {
        var analysis = AnalysisOf(token.Word);
        return analysis.Stem ??= analyzer.Stem(token.Lower);
    }

    private WordAnalysis AnalysisOf(WordForm word)
    {
        if (word.LexiconAnalysis(this) is { } known) return known;
        var analysis = new WordAnalysis(this, WordsOf(word.Text));
        word.KeepLexiconAnalysis(analysis);
        return analysis;
    }

    /// <summary>The case and number of a phrase ending in the token, whose last word matched <paramref name="pattern"/>; cached on the word.</summary>
    public (GrammaticalCase Case, bool Plural) PhraseCaseOf(Token last, WordPattern pattern)
    {
        var analysis = AnalysisOf(last.Word);
        foreach (var known in analysis.PhraseCases)
            if (ReferenceEquals(known.Pattern, pattern)) return (known.Case, known.Plural);
        var (grammaticalCase, plural) = PhraseCaseOf(last.Lower, pattern);
        analysis.PhraseCases = [.. analysis.PhraseCases, (pattern, grammaticalCase, plural)]; // copied, never changed in place: readers on other threads see a whole array
        return (grammaticalCase, plural);
    }

    /// <summary>The longest phrase of an organ, post or unit that starts at token <paramref name="i"/>, whose word matches are <paramref name="word"/>; null when none does.</summary>
    public PhraseMatch? NameAt(ReadOnlySpan<Token> tokens, int i, WordMatches word)
    {
        foreach (var (entry, phrase, _) in word.PhraseStarts)
        {
            if (entry.Kind == TermKind.Task) continue;
            var length = MatchLength(phrase, tokens, i);
            if (length > 0) return new PhraseMatch(entry, phrase, length);
        }
        return null;
    }

    /// <summary>The ids of entries of <paramref name="kind"/> that occur in the tokens (a phrase, or every word of a combination).</summary>
    public List<string> EntriesIn(ReadOnlySpan<Token> tokens, TermKind kind)
    {
        var found = new List<string>();
        HashSet<WordPattern>? present = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            var word = WordsOf(tokens[i]);
            if (word.InCombination) AddTo(present ??= new(ReferenceEqualityComparer.Instance), word.Patterns);
            foreach (var (entry, phrase, _) in word.PhraseStarts)
                if (entry.Kind == kind && !found.Contains(entry.Id) && MatchLength(phrase, tokens, i) > 0) found.Add(entry.Id);
        }
        if (present is null) return found;
        foreach (var entry in combinationEntries)
            if (entry.Kind == kind && !found.Contains(entry.Id) && Combined(entry, present)) found.Add(entry.Id);
        return found;
    }

    /// <summary>Whether the entry occurs in the tokens.</summary>
    public bool Occurs(LexiconEntry entry, ReadOnlySpan<Token> tokens)
    {
        HashSet<WordPattern>? present = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            var word = WordsOf(tokens[i]);
            if (entry.AllOf.Count > 0 && word.InCombination) AddTo(present ??= new(ReferenceEqualityComparer.Instance), word.Patterns);
            foreach (var (candidate, phrase, _) in word.PhraseStarts)
                if (ReferenceEquals(candidate, entry) && MatchLength(phrase, tokens, i) > 0) return true;
        }
        return present is not null && Combined(entry, present);
    }

    private static void AddTo(HashSet<WordPattern> present, WordPattern[] patterns)
    {
        foreach (var pattern in patterns) present.Add(pattern);
    }

    private static bool Combined(LexiconEntry entry, HashSet<WordPattern> present)
    {
        for (var c = 0; c < entry.AllOf.Count; c++)
        {
            var combination = entry.AllOf[c];
            var all = true;
            for (var g = 0; g < combination.Count && all; g++)
            {
                var alternatives = combination[g];
                var any = false;
                for (var a = 0; a < alternatives.Count && !any; a++) any = present.Contains(alternatives[a]);
                all = any;
            }
            if (all) return true;
        }
        return false;
    }

    private int MatchLength(TermPhrase phrase, ReadOnlySpan<Token> tokens, int start)
    {
        var words = phrase.Words;
        if (start + words.Count > tokens.Length) return 0;
        for (var k = 0; k < words.Count; k++)
        {
            var token = tokens[start + k];
            if (!token.IsWord || !WordsOf(token).IsFormOf(words[k])) return 0;
        }
        return words.Count;
    }

    private void Register(WordPattern word, HashSet<WordPattern> seen)
    {
        if (!seen.Add(word)) return;
        if (word.Mode == WordMatchMode.CompoundHead) { headPatterns.Add(word); return; }
        if (!patternsByFirstLetter.TryGetValue(word.Base[0], out var list)) patternsByFirstLetter[word.Base[0]] = list = [];
        list.Add(word);
    }

    private WordMatches Compute(string token)
    {
        if (token.Length == 0) return WordMatches.None;
        var patterns = new HashSet<WordPattern>(ReferenceEqualityComparer.Instance);
        if (patternsByFirstLetter.TryGetValue(token[0], out var candidates))
            foreach (var word in candidates)
                if (word.Matches(token, analyzer)) patterns.Add(word);
        foreach (var word in headPatterns)
            if (word.Matches(token, analyzer)) patterns.Add(word);
        var nameHead = ComputeNameHead(token);
        if (patterns.Count == 0 && nameHead is null) return WordMatches.None;
        return new WordMatches([.. patterns], StartsOf(patterns), patterns.Overlaps(combinationWords), nameHead);
    }

    // The phrases starting with any of the word's patterns, in rank order. Nearly every word is a form of one lexicon
    // word, whose list is shared as it is; built without LINQ over tuples, whose generic code a fresh process would JIT.
    private PhraseStart[] StartsOf(HashSet<WordPattern> patterns)
    {
        PhraseStart[]? only = null;
        List<PhraseStart>? merged = null;
        foreach (var pattern in patterns)
        {
            if (!phrasesByFirstWord.TryGetValue(pattern, out var starts)) continue;
            if (only is null) { only = starts; continue; }
            merged ??= [.. only];
            merged.AddRange(starts);
        }
        if (merged is null) return only ?? [];
        merged.Sort(static (a, b) => a.Rank.CompareTo(b.Rank));
        return [.. merged];
    }
}
