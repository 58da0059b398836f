namespace GovRules.Language;

/// <summary>Finnish consonant gradation on the consonants that end a stem: strong → weak and back.</summary>
internal static class Gradation
{
    private static readonly (string Strong, string Weak)[] Pairs =
    [
        ("nt", "nn"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("rt", "rr"), ("ht", "hd"),
        ("lp", "lv"), ("rp", "rv"), ("kk", "k"), ("pp", "p"), ("tt", "t"),
    ];

    /// <summary>The weak grade of a stem ending in a consonant ("kunt" → "kunn", "verkk" → "verk", "lup" → "luv"); null when the stem does not grade.</summary>
    public static string? Weaken(string stem)
    {
        foreach (var (strong, weak) in Pairs)
            if (stem.EndsWith(strong, StringComparison.Ordinal)) return stem[..^strong.Length] + weak;
        if (stem.Length < 3 || !IsVowel(stem[^2])) return null;
        return stem[^1] switch
        {
            'k' => stem[..^1],
            'p' => stem[..^1] + "v",
            't' => stem[..^1] + "d",
            _ => null,
        };
    }

    /// <summary>The strong grade of a stem in the weak grade ("asiak" → "asiakk", "liikenn" → "liikent"); null when it does not grade.</summary>
    public static string? Strengthen(string stem)
    {
        foreach (var (strong, weak) in Pairs)
            if (weak.Length == 2 && stem.EndsWith(weak, StringComparison.Ordinal)) return stem[..^2] + strong;
        if (stem.Length < 3 || !IsVowel(stem[^2])) return null;
        return stem[^1] switch
        {
            'k' => stem + "k",
            'p' => stem + "p",
            't' => stem + "t",
            'd' => stem[..^1] + "t",
            'v' => stem[..^1] + "p",
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="c"/> is a Finnish vowel.</summary>
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö';
}
