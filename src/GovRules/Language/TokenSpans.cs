namespace GovRules.Language;

/// <summary>Questions about a run of tokens that several readers ask.</summary>
internal static class TokenSpans
{
    /// <summary>How many of the tokens are words (not punctuation, numbers or labels).</summary>
    public static int CountWords(ReadOnlySpan<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
            if (token.IsWord) count++;
        return count;
    }

    /// <summary>Whether any of the tokens is a word.</summary>
    public static bool HasWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
            if (token.IsWord) return true;
        return false;
    }
}
