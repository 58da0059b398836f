using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Finds the qualifiers of phrasing guide §3 in a clause's tokens.</summary>
internal static class QualifierReader
{
    /// <summary>Whether the lower-case word is one the reader looks at (a clause without any carries no qualifier).</summary>
    public static bool IsCue(string word) => word is "mm" or "esimerkiksi" or "esim" or "muun" or "osaltaan" or "myös" or "lisäksi"
        or "jollei" or "ellei" or "jolleivat" or "elleivät";

    /// <summary>The qualifiers the tokens carry.</summary>
    public static AssignmentQualifiers Read(ReadOnlySpan<Token> tokens)
    {
        var result = AssignmentQualifiers.None;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Lower;
            switch (word)
            {
                case "mm" or "esimerkiksi" or "esim":
                    result |= AssignmentQualifiers.NonExhaustive;
                    break;
                case "muun" when Next(tokens, i) == "muassa":
                    result |= AssignmentQualifiers.NonExhaustive;
                    break;
                case "osaltaan" or "myös":
                    result |= AssignmentQualifiers.Shared;
                    break;
                case "lisäksi":
                    result |= IsStatutoryAddition(tokens, i) ? AssignmentQualifiers.InAdditionToStatute : AssignmentQualifiers.Shared;
                    break;
                case "jollei" or "ellei" or "jolleivat" or "elleivät":
                    result |= AssignmentQualifiers.Residual;
                    break;
            }
        }
        return result;
    }

    private static string? Next(ReadOnlySpan<Token> tokens, int i) => i + 1 < tokens.Length ? tokens[i + 1].Lower : null;

    // "laissa säädettyjen tehtävien lisäksi", "sen lisäksi, mitä … säädetään", "lain mukaisten tehtävien lisäksi".
    private static bool IsStatutoryAddition(ReadOnlySpan<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 4); k < i; k++)
            if (tokens[k].Lower.StartsWith("säädet", StringComparison.Ordinal) || tokens[k].Lower is "laissa" or "lain" or "lakisääteisten" or "laki") return true;
        if (i > 0 && tokens[i - 1].Lower == "sen")
            for (var k = i + 1; k < Math.Min(tokens.Length, i + 12); k++)
                if (tokens[k].Lower.StartsWith("sääd", StringComparison.Ordinal) || tokens[k].Lower.StartsWith("määrä", StringComparison.Ordinal)) return true;
        return false;
    }
}
