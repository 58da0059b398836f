using GovRules.Documents;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Tests.Reporting;

/// <summary>A realistic two-document run with every outcome, built in code so each renderer can be checked against known content.</summary>
internal static class SampleReports
{
    public static readonly LegalBasis Pelastuslaki = new("pelastuslaki 379/2011", "26 § 2 mom.", "https://finlex.fi/fi/laki/ajantasa/2011/20110379", Verification.Secondary);
    public static readonly LegalBasis Hval14 = new("611/2021", "14 §", "https://finlex.fi/fi/laki/ajantasa/2021/20210611", Verification.Quoted);
    public static readonly LegalBasis Sote10 = new("612/2021", "10 §", "https://finlex.fi/fi/laki/ajantasa/2021/20210612", Verification.Quoted);
    public static readonly LegalBasis Kieli = new("611/2021", "33 §", null, Verification.Inferred);

    public static readonly SourceLocation Section12 = new()
    {
        Chapter = "3",
        ChapterTitle = "Toimielimet",
        Section = "12",
        SectionTitle = "Pelastusjohtajan tehtävät",
        Moment = 2,
        Paragraph = 41,
        Snippet = "Pelastusjohtaja johtaa pelastuslaitosta.",
        Anchor = "12§/2",
    };

    public static readonly SourceLocation Chapter5 = new()
    {
        Chapter = "5",
        ChapterTitle = "Yhteistyö",
        Paragraph = 77,
        Snippet = "5 luku Yhteistyö",
        Anchor = "5luku/1",
    };

    public static readonly SourceLocation Section20 = new()
    {
        Chapter = "5",
        ChapterTitle = "Yhteistyö",
        Section = "20",
        SectionTitle = "Aluehallituksen tehtävät",
        Moment = 1,
        Item = "4)",
        Paragraph = 80,
        Snippet = "neuvottelut alueen kuntien kanssa",
        Anchor = "20§/2",
    };

    public static readonly SourceLocation Section8 = new()
    {
        Chapter = "2",
        ChapterTitle = "Johtaminen",
        Section = "8",
        SectionTitle = "Palvelualuejohtajat",
        Moment = 1,
        Paragraph = 22,
        Snippet = "Palvelualuejohtaja vastaa palvelukokonaisuuksista",
        Anchor = "8§/1",
    };

    public static Finding RescueFinding(SourceLocation? location = null) => new()
    {
        RuleId = "PEL-JARJ-001",
        Severity = Severity.Error,
        Message = new("Pelastusjohtajalle ei ole osoitettu pelastustoimen järjestämisvastuuta.",
            "The organising responsibility for rescue services is not assigned to the head of rescue services."),
        Location = location ?? Section12,
        Evidence = [new("pelastusjohtajan järjestämisvastuu", "Pelastusjohtaja johtaa pelastuslaitosta", Section12)],
        Basis = [Pelastuslaki],
        Remedy = new("Lisää 12 §:ään: ”Pelastusjohtaja vastaa pelastustoimen järjestämisestä.”",
            "Add to § 12: \"The head of rescue services is responsible for organising rescue services.\""),
    };

    public static Finding NegotiationFinding() => new()
    {
        RuleId = "HVAL-14-001",
        Severity = Severity.Warning,
        Message = new("Neuvottelujen valmistelua alueen kuntien kanssa ei ole osoitettu kenellekään.",
            "No one is assigned to prepare the negotiations with the municipalities of the area."),
        Location = Chapter5,
        Evidence = [new("kuntaneuvottelujen valmistelija", null, null)],
        Basis = [Hval14],
        Remedy = new("Lisää aluehallituksen tehtäviin kuntaneuvottelujen valmistelu.", "Add the preparation of municipal negotiations to the regional board's duties."),
    };

    public static Finding ReportingInfo() => new()
    {
        RuleId = "HVAL-14-002",
        Severity = Severity.Info,
        Message = new("Neuvottelujen tulosten raportointia valtuustolle ei ole kuvattu.", "How negotiation results are reported to the council is not described."),
        Location = Section20,
        Evidence = [new("raportointi aluevaltuustolle", "neuvottelut alueen kuntien kanssa", Section20)],
        Basis = [Hval14],
        Remedy = new("Kuvaa, miten neuvottelujen tulokset saatetaan aluevaltuuston tietoon.", ""),
    };

    public static RuleResult Failed(Finding finding, string requirement, string titleFi, string titleEn) => new()
    {
        RuleId = finding.RuleId,
        Requirement = requirement,
        Title = new(titleFi, titleEn),
        Severity = finding.Severity,
        Outcome = RuleOutcome.Fail,
        Findings = [finding],
        Basis = finding.Basis,
    };

    public static RuleResult Passed(string ruleId, string requirement, params SourceLocation[] at) => new()
    {
        RuleId = ruleId,
        Requirement = requirement,
        Title = new("Palvelujen yhteensovittamisesta vastaa nimetty taho", "A named holder coordinates services"),
        Severity = Severity.Error,
        Outcome = RuleOutcome.Pass,
        Basis = [Sote10],
        SatisfiedAt = at,
    };

    public static RuleResult NotApplicable() => new()
    {
        RuleId = "KIELI-001",
        Requirement = "HVAL-KIELI",
        Title = new("Kansalliskielilautakunta on asetettu", "A national languages committee is set up"),
        Severity = Severity.Warning,
        Outcome = RuleOutcome.NotApplicable,
        Basis = [Kieli],
    };

    public static RuleResult EvaluationError() => new()
    {
        RuleId = "SOTE-4-001",
        Requirement = "SOTE-4",
        Title = new("Saatavuudesta vastaa nimetty taho", "A named holder answers for availability"),
        Severity = Severity.Error,
        Outcome = RuleOutcome.Error,
        Basis = [Sote10],
        ErrorMessage = "evaluation exceeded its time budget of 2 s",
    };

    /// <summary>Two documents: a draft with an error, a warning and an info, and a clean one.</summary>
    public static Report TwoDocuments() => new()
    {
        ToolVersion = "0.1.0",
        RulePack = "sha256:3f5a9c0d1e2b",
        Documents =
        [
            new DocumentReport
            {
                Path = "samples/hallintosaanto/länsi-uusimaa.docx",
                Sha256 = new string('a', 64),
                DeclaredProfiles = ["yhteinen-pelastuslaitos"],
                DetectedProfiles = [new("kaksikielinen", "kansalliskielilautakunta mainitaan kohdassa 5 luku / 22 §")],
                Warnings = ["makroja ei suoritettu"],
                Results =
                [
                    Failed(NegotiationFinding(), "HVAL-14", "Kuntaneuvottelujen valmistelija on nimetty", "The preparer of municipal negotiations is named"),
                    Failed(ReportingInfo(), "HVAL-14", "Neuvottelujen tulosten raportointi on kuvattu", "Reporting of negotiation results is described"),
                    NotApplicable(),
                    Failed(RescueFinding(), "PEL-JARJ", "Pelastustoimen järjestämisvastuu on pelastusjohtajalla", "The head of rescue holds the organising responsibility"),
                    Passed("SOTE-10-001", "SOTE-10", Section8),
                    EvaluationError(),
                ],
            },
            new DocumentReport
            {
                Path = "samples/hallintosaanto/itä.md",
                Sha256 = new string('b', 64),
                Results = [Passed("SOTE-10-001", "SOTE-10", Section8), NotApplicable()],
            },
        ],
    };
}
