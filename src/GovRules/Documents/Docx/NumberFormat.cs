using System.Globalization;
using System.Text;

namespace GovRules.Documents.Docx;

/// <summary>Formats a list counter the way Word shows it for a w:numFmt value.</summary>
internal static class NumberFormat
{
    /// <summary>The counter as text: "3", "c", "C", "iii", "III", "03"; "" for none; decimal for formats GovRules does not render.</summary>
    public static string Format(int value, string? numFmt) => numFmt switch
    {
        "none" => "",
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word repeats the letter past z: 27 → "aa", 28 → "bb".
    private static string Letters(int value, char first)
    {
        if (value <= 0) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)(first + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] numerals = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (value >= values[i]) { text.Append(numerals[i]); value -= values[i]; }
        return text.ToString();
    }
}
