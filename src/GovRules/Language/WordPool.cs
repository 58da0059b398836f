using System.Collections.Concurrent;

namespace GovRules.Language;

/// <summary>
/// One <see cref="WordForm"/> per distinct written word: tokens of every document share them instead of each
/// holding its own strings, so a long draft keeps its vocabulary, not its running text, alive for the queries, a
/// word is lower-cased once and analysed once. Looked up by span, so a word already seen costs no allocation.
/// Bounded: past the limit new words are simply not pooled (each token then gets a form of its own).
/// </summary>
internal static class WordPool
{
    private const int Limit = 500_000;
    private static readonly ConcurrentDictionary<string, WordForm> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int count;

    /// <summary>The pooled form of <paramref name="word"/>, whose <see cref="WordForm.Lower"/> is its lower-case form.</summary>
    public static WordForm Of(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        if (TextNormalizer.IsFolded(text)) return Add(text, WordForm.Folded(text));
        var lower = TextNormalizer.Fold(text);
        // The lower-case form is a word of its own ("Aluehallitus" -> "aluehallitus"): share it with the tokens written that way.
        var lowerForm = BySpan.TryGetValue(lower, out var pooled) ? pooled : Add(lower, WordForm.Folded(lower));
        return Add(text, lower == text ? lowerForm : WordForm.Cased(text, lowerForm));
    }

    private static WordForm Add(string text, WordForm form)
    {
        if (Volatile.Read(ref count) >= Limit) return form;
        if (!Pool.TryAdd(text, form)) return Pool.TryGetValue(text, out var raced) ? raced : form;
        Interlocked.Increment(ref count);
        return form;
    }
}
