using System.Collections.Concurrent;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>
/// Which texts (a document's blocks, or its assignments' tasks) each distinct word, and each lexicon word it is a
/// form of, occurs in; built once per document on the first term query. A query then reads only the texts holding
/// a word that could start a match (or belong to one of its combinations) instead of every token of every text;
/// the exact check on those texts is unchanged.
/// </summary>
internal sealed class WordIndex
{
    private readonly Dictionary<string, List<int>> blocksByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<string>> wordsByFirstLetter = [];
    private readonly Dictionary<WordPattern, List<int>> blocksByLexiconWord = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<WordPattern, List<int>> blocksByFreeWord = new();
    private readonly IFinnishAnalyzer analyzer;

    public WordIndex(IReadOnlyList<Token[]> texts, LexiconMatcher matcher, IFinnishAnalyzer analyzer)
    {
        this.analyzer = analyzer;
        for (var b = 0; b < texts.Count; b++)
            foreach (var token in texts[b])
            {
                if (!token.IsWord || token.Lower.Length == 0) continue;
                if (!blocksByWord.TryGetValue(token.Lower, out var list))
                {
                    blocksByWord[token.Lower] = list = [];
                    if (!wordsByFirstLetter.TryGetValue(token.Lower[0], out var words)) wordsByFirstLetter[token.Lower[0]] = words = [];
                    words.Add(token.Lower);
                }
                if (list.Count == 0 || list[^1] != b) list.Add(b);
            }
        foreach (var (word, list) in blocksByWord)
            foreach (var pattern in matcher.WordsOf(word).Patterns)
            {
                if (!blocksByLexiconWord.TryGetValue(pattern, out var blocksOfPattern)) blocksByLexiconWord[pattern] = blocksOfPattern = [];
                blocksOfPattern.AddRange(list);
            }
    }

    /// <summary>The texts, in order, that may contain the term.</summary>
    public List<int> CandidatesFor(TermQuery query)
    {
        var found = new List<int>();
        foreach (var entry in query.Entries)
        {
            foreach (var phrase in entry.Forms) AddLexiconWord(found, phrase.First);
            foreach (var combination in entry.AllOf)
                foreach (var alternatives in combination)
                    foreach (var word in alternatives) AddLexiconWord(found, word);
        }
        foreach (var phrase in query.Phrases) found.AddRange(blocksByFreeWord.GetOrAdd(phrase.First, BlocksOfFreeWord));
        found.Sort();
        var write = 0;
        for (var read = 0; read < found.Count; read++)
            if (write == 0 || found[write - 1] != found[read]) found[write++] = found[read];
        found.RemoveRange(write, found.Count - write);
        return found;
    }

    private void AddLexiconWord(List<int> found, WordPattern word)
    {
        if (blocksByLexiconWord.TryGetValue(word, out var blocks)) found.AddRange(blocks);
    }

    // A free word written in base form ("sote-palvelu", "*neuvosto", "neuvottel*"): tested against each distinct word once.
    private List<int> BlocksOfFreeWord(WordPattern pattern)
    {
        IEnumerable<string> words = pattern.Mode == WordMatchMode.CompoundHead || pattern.Base.Length == 0
            ? blocksByWord.Keys
            : wordsByFirstLetter.GetValueOrDefault(pattern.Base[0]) ?? [];
        var blocks = new List<int>();
        foreach (var word in words)
            if (pattern.Matches(word, analyzer)) blocks.AddRange(blocksByWord[word]);
        return blocks;
    }
}
