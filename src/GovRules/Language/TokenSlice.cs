namespace GovRules.Language;

/// <summary>A run of a text's tokens read as a list of its own (a clause, a task), without copying them.</summary>
internal sealed class TokenSlice
{
    private readonly Token[] tokens;
    private readonly int start;

    /// <summary>The <paramref name="count"/> tokens of <paramref name="tokens"/> from <paramref name="start"/>.</summary>
    public TokenSlice(Token[] tokens, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, tokens.Length);
        this.tokens = tokens;
        this.start = start;
        Count = count;
    }

    /// <summary>How many tokens.</summary>
    public int Count { get; }

    /// <summary>The token at <paramref name="index"/> within the slice.</summary>
    public Token this[int index]
    {
        // Small enough to inline: every frame of the clause reader indexes tokens.
        get
        {
            if ((uint)index >= (uint)Count) ThrowOutOfRange(index);
            return tokens[start + index];
        }
    }

    /// <summary>The tokens as a span: what the matchers read.</summary>
    public ReadOnlySpan<Token> Span => new(tokens, start, Count);

    /// <summary>Where the slice starts in <paramref name="tokens"/>, when it is a slice of that very array; null otherwise.</summary>
    public int? OffsetIn(Token[] tokens) => ReferenceEquals(tokens, this.tokens) ? start : null;

    /// <summary>A slice that is the whole of <paramref name="tokens"/>.</summary>
    public static TokenSlice Of(Token[] tokens) => new(tokens, 0, tokens.Length);

    /// <summary>Part of this slice, still without copying.</summary>
    public TokenSlice Slice(int from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from + count, Count);
        return new TokenSlice(tokens, start + from, count);
    }

    private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "Outside the slice.");
}
