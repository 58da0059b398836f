namespace GovRules.Language;

/// <summary>The stems a base form inflects on: singular and plural, strong and weak grade.</summary>
/// <param name="Singular">Stems of singular forms (the base itself included).</param>
/// <param name="Plural">Stems of plural forms (nominative plural is a singular stem + t).</param>
internal sealed record StemSet(IReadOnlyList<string> Singular, IReadOnlyList<string> Plural)
{
    /// <summary>What every stem starts with: a word that does not start with it is no form of the base.</summary>
    public string CommonPrefix { get; } = CommonPrefixOf(Singular.Concat(Plural));

    /// <summary>Generates the stems of the lower-case base form <paramref name="b"/> by its ending.</summary>
    public static StemSet Of(string b)
    {
        var singular = new List<string> { b };
        var plural = new List<string>();
        if (b.Length < 3) return new StemSet(singular, plural);
        var last = b[^1];
        if (b.EndsWith("nen", StringComparison.Ordinal))
        {
            var r = b[..^3];
            Add(singular, r + "se", r + "s");
            Add(plural, r + "si", r + "s");
        }
        else if (b.EndsWith("uus", StringComparison.Ordinal) || b.EndsWith("yys", StringComparison.Ordinal))
        {
            var r = b[..^1];
            Add(singular, r + "de", r + "t", r + "te");
            Add(plural, r + "ksi", r + "ks");
        }
        else if (b.Length > 3 && (b.EndsWith("us", StringComparison.Ordinal) || b.EndsWith("ys", StringComparison.Ordinal)
            || b.EndsWith("os", StringComparison.Ordinal) || b.EndsWith("ös", StringComparison.Ordinal)))
        {
            var r = b[..^1];
            Add(singular, r + "kse", r + "de", r + "t", r + "te");
            Add(plural, r + "ksi", r + "ks");
        }
        else if (b.EndsWith("as", StringComparison.Ordinal) || b.EndsWith("äs", StringComparison.Ordinal))
        {
            var r = b[..^2];
            var v = b[^2];
            var strong = Gradation.Strengthen(r) ?? r;
            Add(singular, strong + v + v);
            Add(plural, strong + v + "i");
        }
        else if (b.EndsWith("in", StringComparison.Ordinal) && b.Length > 4)
        {
            var r = b[..^2];
            Add(singular, r + "ime");
            Add(plural, r + "imi");
        }
        else if (b.EndsWith("en", StringComparison.Ordinal))
        {
            Add(singular, b + "e");
            Add(plural, b + "i");
        }
        else if (b.EndsWith("si", StringComparison.Ordinal) && Gradation.IsVowel(b[^3]))
        {
            var r = b[..^2];
            Add(singular, r + "de", r + "te", r + "t");
            Add(plural, b, r + "si");
        }
        else if (last == 'i')
        {
            var r = b[..^1];
            var weak = Gradation.Weaken(r);
            Add(singular, r + "e");
            Add(plural, b, r + "ei", r + "ej");
            if (weak is not null) { Add(singular, weak + "e", weak + "i"); Add(plural, weak + "ei"); }
        }
        else if (last == 'e')
        {
            var r = b[..^1];
            var strong = Gradation.Strengthen(r);
            Add(singular, b + "e");
            Add(plural, r + "ei");
            if (strong is not null) { Add(singular, strong + "ee"); Add(plural, strong + "ei"); }
        }
        else if (Gradation.IsVowel(last) && b[^2] == last)
        {
            Add(plural, b[..^1] + "i");
        }
        else if (Gradation.IsVowel(last))
        {
            var r = b[..^1];
            var weak = Gradation.Weaken(r);
            if (weak is not null) Add(singular, weak + last);
            if (last is 'a' or 'ä')
            {
                Add(plural, r + "i");
                if (weak is not null) Add(plural, weak + "i");
                if (last == 'a') Add(plural, r + "oi", r + "oj");
            }
            else
            {
                Add(plural, b + "i", b + "j");
                if (weak is not null) Add(plural, weak + last + "i", weak + last + "j");
            }
        }
        return new StemSet(singular, plural);
    }

    private static string CommonPrefixOf(IEnumerable<string> stems)
    {
        string? prefix = null;
        foreach (var stem in stems)
        {
            if (prefix is null) { prefix = stem; continue; }
            var length = 0;
            while (length < prefix.Length && length < stem.Length && prefix[length] == stem[length]) length++;
            prefix = prefix[..length];
        }
        return prefix ?? "";
    }

    private static void Add(List<string> stems, params string[] values)
    {
        foreach (var value in values)
            if (!stems.Contains(value)) stems.Add(value);
    }
}
