using GovRules.Engine;
using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Tests.Reporting;

public sealed class TextReportTests
{
    private static string Render(Report report, TextLanguage language = TextLanguage.Fi, bool showPassed = false, bool color = false) =>
        ReportRenderer.Render(report, ReportFormat.Text, new RenderOptions { Language = language, ShowPassed = showPassed, Color = color });

    [Fact]
    public void Finnish_report_shows_each_finding_with_rule_basis_evidence_and_remedy()
    {
        var text = Render(SampleReports.TwoDocuments());

        text.ShouldContain("3 luku Toimielimet / 12 § Pelastusjohtajan tehtävät");
        text.ShouldContain("VIRHE PEL-JARJ-001  Pelastusjohtajalle ei ole osoitettu pelastustoimen järjestämisvastuuta.");
        text.ShouldContain("Peruste: pelastuslaki 379/2011 26 § 2 mom. (toissijainen lähde) https://finlex.fi/fi/laki/ajantasa/2011/20110379");
        text.ShouldContain("Näyttö: etsittiin: pelastusjohtajan järjestämisvastuu; löytyi: Pelastusjohtaja johtaa pelastuslaitosta kohdasta 12 § 2 mom.");
        text.ShouldContain("Näyttö: etsittiin: kuntaneuvottelujen valmistelija; ei löytynyt");
        text.ShouldContain("Korjausehdotus: Lisää 12 §:ään");
    }

    [Fact]
    public void Findings_are_grouped_by_place_in_document_order_and_the_summary_counts_them()
    {
        var text = Render(SampleReports.TwoDocuments());

        var chapter3 = text.IndexOf("3 luku Toimielimet / 12 §", StringComparison.Ordinal);
        var chapter5 = text.IndexOf("5 luku Yhteistyö\n", StringComparison.Ordinal);
        var section20 = text.IndexOf("5 luku Yhteistyö / 20 § Aluehallituksen tehtävät", StringComparison.Ordinal);
        chapter3.ShouldBeGreaterThan(0);
        chapter5.ShouldBeGreaterThan(chapter3);
        section20.ShouldBeGreaterThan(chapter5);
        text.ShouldContain("1 virhe, 1 varoitus, 1 huomio, 1 sääntö täyttyi, 1 sääntö ei soveltunut, 1 sääntö jäi arvioimatta");
        text.ShouldContain("Yhteensä: 1 virhe, 1 varoitus, 1 huomio, 2 sääntöä täyttyi, 2 sääntöä ei soveltunut, 1 sääntö jäi arvioimatta");
    }

    [Fact]
    public void Rules_that_could_not_be_evaluated_are_always_listed_with_the_reason()
    {
        var text = Render(SampleReports.TwoDocuments());
        text.ShouldContain("Säännöt, joita ei voitu arvioida");
        text.ShouldContain("SOTE-4-001  evaluation exceeded its time budget of 2 s");
    }

    [Fact]
    public void English_report_uses_English_labels_and_messages()
    {
        var text = Render(SampleReports.TwoDocuments(), TextLanguage.En);

        text.ShouldContain("ERROR PEL-JARJ-001  The organising responsibility for rescue services is not assigned to the head of rescue services.");
        text.ShouldContain("Evidence: looked for: pelastusjohtajan järjestämisvastuu; found: Pelastusjohtaja johtaa pelastuslaitosta at 12 § 2 mom.");
        text.ShouldContain("Basis: pelastuslaki 379/2011 26 § 2 mom. (secondary source)");
        text.ShouldContain("Total: 1 error, 1 warning, 1 note, 2 rules passed, 2 rules not applicable, 1 rule could not be evaluated");
        // The info finding has no English remedy: the Finnish one stands in rather than nothing.
        text.ShouldContain("Remedy: Kuvaa, miten neuvottelujen tulokset saatetaan aluevaltuuston tietoon.");
    }

    [Fact]
    public void Passed_and_not_applicable_rules_appear_only_with_show_passed()
    {
        var report = SampleReports.TwoDocuments();
        Render(report).ShouldNotContain("Täyttyneet säännöt");

        var text = Render(report, showPassed: true);
        text.ShouldContain("Täyttyneet säännöt");
        text.ShouldContain("SOTE-10-001  Palvelujen yhteensovittamisesta vastaa nimetty taho (8 § 1 mom.)");
        text.ShouldContain("Säännöt, jotka eivät koske tätä luonnosta");
        text.ShouldContain("KIELI-001  Kansalliskielilautakunta on asetettu");
    }

    [Fact]
    public void Colour_codes_appear_only_when_asked_for()
    {
        var report = SampleReports.TwoDocuments();
        Render(report).ShouldNotContain("\u001b[");
        Render(report, color: true).ShouldContain("\u001b[31mVIRHE\u001b[0m");
    }

    [Fact]
    public void A_clean_document_says_there_are_no_findings()
    {
        var text = Render(SampleReports.TwoDocuments());
        var second = text[text.IndexOf("samples/hallintosaanto/itä.md", StringComparison.Ordinal)..];
        second.ShouldContain("Ei havaintoja.");
        second.ShouldContain("0 virhettä, 0 varoitusta, 1 sääntö täyttyi, 1 sääntö ei soveltunut");
    }

    [Fact]
    public void A_finding_without_a_location_belongs_to_the_whole_document()
    {
        var finding = SampleReports.RescueFinding() with { Location = null };
        var report = SampleReports.TwoDocuments() with
        {
            Documents = [SampleReports.TwoDocuments().Documents[1] with { Results = [SampleReports.Failed(finding, "PEL-JARJ", "x", "x")] }],
        };
        Render(report).ShouldContain("Koko asiakirja\n  VIRHE PEL-JARJ-001");
    }
}
