using System.Globalization;
using GovRules.Engine;
using GovRules.Rules;
using Humanizer;

namespace GovRules.Reporting;

/// <summary>The fixed words of the human-readable reports, in Finnish and English.</summary>
internal sealed record ReportLabels
{
    public static ReportLabels Fi { get; } = new()
    {
        Title = "GovRules – hallintosäännön tarkastus",
        Tool = "Työkalu",
        RulePack = "Sääntöpaketti",
        Document = "Asiakirja",
        Profiles = "Profiilit",
        Declared = "ilmoitettu",
        Detected = "tunnistettu",
        None = "ei",
        ReaderWarnings = "Lukijan huomautukset",
        WholeDocument = "Koko asiakirja",
        Basis = "Peruste",
        Evidence = "Näyttö",
        LookedFor = "etsittiin",
        Found = "löytyi",
        FoundAt = "kohdasta",
        FoundNothing = "ei löytynyt",
        Remedy = "Korjausehdotus",
        NoFindings = "Ei havaintoja.",
        NotEvaluated = "Säännöt, joita ei voitu arvioida",
        PassedRules = "Täyttyneet säännöt",
        NotApplicableRules = "Säännöt, jotka eivät koske tätä luonnosta",
        Coverage = "Kattavuus: vaatimus → missä se täyttyy",
        Requirement = "Vaatimus",
        Rule = "Sääntö",
        Outcome = "Tulos",
        Where = "Missä",
        Total = "Yhteensä",
        Paragraph = "kappale",
    };

    public static ReportLabels En { get; } = new()
    {
        Title = "GovRules – administrative regulation check",
        Tool = "Tool",
        RulePack = "Rule pack",
        Document = "Document",
        Profiles = "Profiles",
        Declared = "declared",
        Detected = "detected",
        None = "none",
        ReaderWarnings = "Reader warnings",
        WholeDocument = "Whole document",
        Basis = "Basis",
        Evidence = "Evidence",
        LookedFor = "looked for",
        Found = "found",
        FoundAt = "at",
        FoundNothing = "found nothing",
        Remedy = "Remedy",
        NoFindings = "No findings.",
        NotEvaluated = "Rules that could not be evaluated",
        PassedRules = "Passed rules",
        NotApplicableRules = "Rules that do not apply to this draft",
        Coverage = "Coverage: requirement → where it is satisfied",
        Requirement = "Requirement",
        Rule = "Rule",
        Outcome = "Outcome",
        Where = "Where",
        Total = "Total",
        Paragraph = "paragraph",
    };

    public static ReportLabels For(TextLanguage language) => language == TextLanguage.En ? En : Fi;

    public required string Title { get; init; }
    public required string Tool { get; init; }
    public required string RulePack { get; init; }
    public required string Document { get; init; }
    public required string Profiles { get; init; }
    public required string Declared { get; init; }
    public required string Detected { get; init; }
    public required string None { get; init; }
    public required string ReaderWarnings { get; init; }
    public required string WholeDocument { get; init; }
    public required string Basis { get; init; }
    public required string Evidence { get; init; }
    public required string LookedFor { get; init; }
    public required string Found { get; init; }
    public required string FoundAt { get; init; }
    public required string FoundNothing { get; init; }
    public required string Remedy { get; init; }
    public required string NoFindings { get; init; }
    public required string NotEvaluated { get; init; }
    public required string PassedRules { get; init; }
    public required string NotApplicableRules { get; init; }
    public required string Coverage { get; init; }
    public required string Requirement { get; init; }
    public required string Rule { get; init; }
    public required string Outcome { get; init; }
    public required string Where { get; init; }
    public required string Total { get; init; }
    public required string Paragraph { get; init; }

    private bool IsFinnish => ReferenceEquals(this, Fi);

    public string SeverityName(Severity severity) => (severity, IsFinnish) switch
    {
        (Severity.Error, true) => "VIRHE",
        (Severity.Warning, true) => "VAROITUS",
        (_, true) => "HUOMIO",
        (Severity.Error, false) => "ERROR",
        (Severity.Warning, false) => "WARNING",
        _ => "INFO",
    };

    public string OutcomeName(RuleOutcome outcome) => (outcome, IsFinnish) switch
    {
        (RuleOutcome.Pass, true) => "täyttyy",
        (RuleOutcome.Fail, true) => "ei täyty",
        (RuleOutcome.NotApplicable, true) => "ei sovellu",
        (_, true) => "arviointivirhe",
        (RuleOutcome.Pass, false) => "pass",
        (RuleOutcome.Fail, false) => "fail",
        (RuleOutcome.NotApplicable, false) => "not applicable",
        _ => "error",
    };

    public string VerificationName(Verification verification) => (verification, IsFinnish) switch
    {
        (Verification.StatuteText, true) => "lakiteksti tarkistettu",
        (Verification.Quoted, true) => "lainattu valmisteluaineistossa",
        (Verification.Secondary, true) => "toissijainen lähde",
        (Verification.Inferred, true) => "päätelty",
        (_, true) => "vahvistamaton",
        (Verification.StatuteText, false) => "statute text",
        (Verification.Quoted, false) => "quoted in preparatory material",
        (Verification.Secondary, false) => "secondary source",
        (Verification.Inferred, false) => "inferred",
        _ => "unverified",
    };

    /// <summary>"3 virhettä, 2 varoitusta, 41 sääntöä täyttyi" or "3 errors, 2 warnings, 41 rules passed".</summary>
    public string SummaryLine(ReportSummary s)
    {
        var parts = new List<string>(6)
        {
            Count(s.Errors, "virhe", "virhettä", "error"),
            Count(s.Warnings, "varoitus", "varoitusta", "warning"),
        };
        if (s.Infos > 0) parts.Add(Count(s.Infos, "huomio", "huomiota", "note"));
        parts.Add(Count(s.Passed, "sääntö", "sääntöä", "rule") + (IsFinnish ? " täyttyi" : " passed"));
        if (s.NotApplicable > 0)
            parts.Add(Count(s.NotApplicable, "sääntö", "sääntöä", "rule") + (IsFinnish ? " ei soveltunut" : " not applicable"));
        if (s.RuleErrors > 0)
            parts.Add(Count(s.RuleErrors, "sääntö", "sääntöä", "rule") + (IsFinnish ? " jäi arvioimatta" : " could not be evaluated"));
        return string.Join(", ", parts);
    }

    // Finnish: the singular nominative after 1, the partitive after any other number (0 virhettä, 2 virhettä).
    private string Count(int n, string fiOne, string fiMany, string en) => IsFinnish
        ? $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? fiOne : fiMany)}"
        : en.ToQuantity(n);
}
