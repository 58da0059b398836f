using System.Collections.Concurrent;

namespace GovRules.Language;

/// <summary>
/// One string per distinct word: tokens of every document share them instead of each holding its own copy,
/// so a long draft keeps its vocabulary, not its running text, alive for the queries. Looked up by span,
/// so a word already seen costs no allocation. Bounded: past the limit new words are simply not pooled.
/// </summary>
internal static class WordPool
{
    private const int Limit = 500_000;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int count;

    /// <summary>The pooled string equal to <paramref name="word"/>.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var known)) return known;
        var created = word.ToString();
        if (Volatile.Read(ref count) >= Limit) return created;
        if (!Pool.TryAdd(created, created)) return Pool.TryGetValue(created, out var raced) ? raced : created;
        Interlocked.Increment(ref count);
        return created;
    }
}
