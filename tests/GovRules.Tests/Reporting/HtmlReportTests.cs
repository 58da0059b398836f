using GovRules.Reporting;

namespace GovRules.Tests.Reporting;

public sealed class HtmlReportTests
{
    private static string RenderToFile(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), $"govrules-report-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        return path;
    }

    private static string Html() => ReportRenderer.Render(SampleReports.TwoDocuments(), ReportFormat.Html, new RenderOptions());

    [Fact]
    public void Html_is_self_contained_with_a_print_stylesheet()
    {
        var html = Html();
        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"fi\">");
        html.ShouldContain("<style>");
        html.ShouldContain("@media print");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("src=\"");
    }

    [Fact]
    public void Html_has_the_findings_the_summary_and_the_coverage_matrix_escaped()
    {
        var html = Html();
        html.ShouldContain("<article class=\"finding error\">");
        html.ShouldContain("<a href=\"https://finlex.fi/fi/laki/ajantasa/2011/20110379\">pelastuslaki 379/2011 26 § 2 mom. (toissijainen lähde)</a>");
        html.ShouldContain("<h3>3 luku Toimielimet / 12 § Pelastusjohtajan tehtävät</h3>");
        html.ShouldContain("<td class=\"outcome-pass\">täyttyy</td><td>8 § 1 mom.</td>");
        html.ShouldContain("Lisää 12 §:ään: ”Pelastusjohtaja vastaa pelastustoimen järjestämisestä.”");
        html.ShouldContain("1 virhe, 1 varoitus, 1 huomio, 2 sääntöä täyttyi");
    }

    [ChromiumFact]
    public void Chromium_renders_a_non_blank_page_with_the_key_elements_in_the_DOM()
    {
        var report = RenderToFile(Html());
        var blank = RenderToFile("<!DOCTYPE html><html><body></body></html>");
        try
        {
            var shot = PngImage.Decode(HeadlessChromium.Screenshot(report));
            var empty = PngImage.Decode(HeadlessChromium.Screenshot(blank));
            shot.Width.ShouldBe(1200);
            shot.Height.ShouldBe(1600);
            shot.DetailBytes.ShouldBeGreaterThan(Math.Max(20_000, empty.DetailBytes * 20));

            var dom = HeadlessChromium.DumpDom(report);
            dom.ShouldContain("<p class=\"summary has-errors\" id=\"summary\">1 virhe, 1 varoitus, 1 huomio, 2 sääntöä täyttyi");
            dom.ShouldContain("<table class=\"coverage\">");
            dom.ShouldContain("<article class=\"finding warning\">");
            dom.ShouldContain("PEL-JARJ-001");
        }
        finally
        {
            File.Delete(report);
            File.Delete(blank);
        }
    }
}
