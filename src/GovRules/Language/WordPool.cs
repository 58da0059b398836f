using System.Collections.Concurrent;

namespace GovRules.Language;

/// <summary>
/// One string per distinct word, with its lower-case form: tokens of every document share them instead of each
/// holding its own copies, so a long draft keeps its vocabulary, not its running text, alive for the queries,
/// and a word is lower-cased once. Looked up by span, so a word already seen costs no allocation. Bounded: past
/// the limit new words are simply not pooled.
/// </summary>
internal static class WordPool
{
    private const int Limit = 500_000;
    private static readonly ConcurrentDictionary<string, (string Text, string Lower)> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Text, string Lower)>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int count;

    /// <summary>The pooled string equal to <paramref name="word"/> and its lower-case form (the same instance when already lower-case).</summary>
    public static (string Text, string Lower) Of(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        if (TextNormalizer.IsFolded(text)) return Add(text, (text, text));
        var lower = TextNormalizer.Fold(text);
        // The lower-case form is a word of its own ("Aluehallitus" -> "aluehallitus"): share it with the tokens written that way.
        if (BySpan.TryGetValue(lower, out var pooled)) lower = pooled.Text;
        else if (lower != text) lower = Add(lower, (lower, lower)).Text;
        return Add(text, (text, lower));
    }

    private static (string Text, string Lower) Add(string text, (string Text, string Lower) entry)
    {
        if (Volatile.Read(ref count) >= Limit) return entry;
        if (!Pool.TryAdd(text, entry)) return Pool.TryGetValue(text, out var raced) ? raced : entry;
        Interlocked.Increment(ref count);
        return entry;
    }
}
