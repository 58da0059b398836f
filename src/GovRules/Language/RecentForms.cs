using System.Runtime.CompilerServices;

namespace GovRules.Language;

/// <summary>
/// The word forms a thread met last, in front of the shared <see cref="WordPool"/>: a small direct-mapped table
/// (each word has one slot, by a hash of its letters; a newcomer replaces the old occupant). A draft repeats a few
/// thousand words, so nearly every token is answered here by one compare, without the pool's locking reads.
/// A slot only ever holds what the pool gave for that word, so the answer is the same as the pool's.
/// </summary>
internal sealed class RecentForms
{
    /// <summary>The hash a word's letters start from.</summary>
    public const uint Seed = 2166136261;

    private const int Bits = 12;

    [ThreadStatic]
    private static RecentForms? current;

    private readonly WordForm?[] slots = new WordForm?[1 << Bits];

    /// <summary>This thread's table.</summary>
    public static RecentForms OfThisThread() => current ??= new RecentForms();

    /// <summary>The pooled form of <paramref name="word"/>.</summary>
    public WordForm Of(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word) hash = Hash(hash, c);
        return Of(word, hash);
    }

    /// <summary>The pooled form of <paramref name="word"/>, whose letters the caller has already hashed (<see cref="Hash"/> from <see cref="Seed"/>).</summary>
    public WordForm Of(ReadOnlySpan<char> word, uint hash)
    {
        ref var slot = ref slots[SlotOf(hash)];
        if (slot is { } known && word.SequenceEqual(known.Text)) return known;
        return slot = WordPool.Of(word);
    }

    /// <summary>The slot of a word with this hash: the top bits.</summary>
    public static int SlotOf(uint hash) => (int)(hash >> (32 - Bits));

    /// <summary>Adds a letter to a word's hash (multiplicative: cheap, and a clash only costs a pool lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(uint hash, char c) => (hash ^ c) * 0x9E3779B1u;
}
