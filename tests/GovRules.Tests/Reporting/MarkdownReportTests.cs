using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Tests.Reporting;

public sealed class MarkdownReportTests
{
    private static string Render(TextLanguage language = TextLanguage.Fi) =>
        ReportRenderer.Render(SampleReports.TwoDocuments(), ReportFormat.Markdown, new RenderOptions { Language = language });

    [Fact]
    public void Markdown_has_the_findings_by_place_with_linked_basis()
    {
        var md = Render();
        md.ShouldStartWith("# GovRules – hallintosäännön tarkastus\n");
        md.ShouldContain("### 3 luku Toimielimet / 12 § Pelastusjohtajan tehtävät");
        md.ShouldContain("- **VIRHE** `PEL-JARJ-001` Pelastusjohtajalle ei ole osoitettu pelastustoimen järjestämisvastuuta.");
        md.ShouldContain("  - Peruste: [pelastuslaki 379/2011 26 § 2 mom. (toissijainen lähde)](https://finlex.fi/fi/laki/ajantasa/2011/20110379)");
        md.ShouldContain("**1 virhe, 1 varoitus, 1 huomio, 2 sääntöä täyttyi, 2 sääntöä ei soveltunut, 1 sääntö jäi arvioimatta**");
    }

    [Fact]
    public void Markdown_has_a_coverage_matrix_row_for_every_evaluated_rule()
    {
        var md = Render();
        md.ShouldContain("| Vaatimus | Sääntö | Tulos | Missä |");
        md.ShouldContain("| SOTE-10 | `SOTE-10-001` Palvelujen yhteensovittamisesta vastaa nimetty taho | täyttyy | 8 § 1 mom. |");
        md.ShouldContain("| PEL-JARJ | `PEL-JARJ-001` Pelastustoimen järjestämisvastuu on pelastusjohtajalla | ei täyty | 12 § 2 mom. |");
        md.ShouldContain("| HVAL-14 | `HVAL-14-001` Kuntaneuvottelujen valmistelija on nimetty | ei täyty | 5 luku |");
        md.ShouldContain("| HVAL-KIELI | `KIELI-001` Kansalliskielilautakunta on asetettu | ei sovellu |  |");
        md.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains('`', StringComparison.Ordinal)).ShouldBe(8);
    }

    [Fact]
    public void English_markdown_uses_English_labels()
    {
        var md = Render(TextLanguage.En);
        md.ShouldContain("| Requirement | Rule | Outcome | Where |");
        md.ShouldContain("- **WARNING** `HVAL-14-001` No one is assigned to prepare the negotiations with the municipalities of the area.");
    }
}
