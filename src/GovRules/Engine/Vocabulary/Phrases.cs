using GovRules.Facts;
using GovRules.Rules;

namespace GovRules.Engine.Vocabulary;

/// <summary>The words evidence is recorded in: "looked for: holder of neuvottelu + kunta; found: nothing".</summary>
internal static class Phrases
{
    public static string Holds(string holder, string[] terms, TextLanguage language) => terms.Length == 0
        ? language == TextLanguage.En ? $"any task of {holder}" : $"{holder}: mikä tahansa tehtävä"
        : language == TextLanguage.En ? $"{holder} holding a task with {Terms(terms)}" : $"{holder}: tehtävä, jossa {Terms(terms)}";

    public static string HolderOf(string[] terms, TextLanguage language) =>
        language == TextLanguage.En ? $"a holder of a task with {Terms(terms)}" : $"tehtävän haltija: {Terms(terms)}";

    public static string Mention(string[] terms, TextLanguage language) =>
        language == TextLanguage.En ? $"a mention of {Terms(terms)}" : $"maininta: {Terms(terms)}";

    public static string SectionAbout(string[] terms, TextLanguage language) =>
        language == TextLanguage.En ? $"a section about {Terms(terms)}" : $"pykälä aiheesta {Terms(terms)}";

    public static string InChart(string term, TextLanguage language) =>
        language == TextLanguage.En ? $"{term} in the organisation chart" : $"{term} organisaatiokaaviossa";

    public static string Under(string child, string parent, TextLanguage language) =>
        language == TextLanguage.En ? $"{child} directly under {parent}" : $"{child} suoraan yksikön {parent} alaisena";

    public static string Delegation(string from, string? to, TextLanguage language) => language == TextLanguage.En
        ? $"a delegation from {from}" + (to is null ? "" : $" to {to}")
        : $"toimivallan siirto: {from}" + (to is null ? "" : $" → {to}");

    public static string? Found(Assignment? assignment) => assignment is null ? null : $"{assignment.HolderText}: {assignment.Task}";

    private static string Terms(string[] terms) => string.Join(" + ", terms);
}
