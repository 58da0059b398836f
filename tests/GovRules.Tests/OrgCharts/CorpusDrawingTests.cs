using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

/// <summary>Real Word files whose only drawings are pictures or free shapes: never read as a chart.</summary>
public sealed class CorpusDrawingTests
{
    [Theory]
    [InlineData("libreoffice/poi__56392.docx", OrgChartRejectionReason.Picture, "a chart pasted as a picture cannot be read")]
    [InlineData("libreoffice/pandoc__image_vml.docx", OrgChartRejectionReason.Picture, "a chart pasted as a picture cannot be read")]
    [InlineData("word/oxsdk__txtBox.docx", OrgChartRejectionReason.FreeShapes, "only free shapes and connectors (1 shape(s), 0 connector(s))")]
    public void A_document_that_only_draws_is_refused_naming_the_supported_forms(string file, OrgChartRejectionReason reason, string expected)
    {
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.Read(ChartPaths.CorpusFile(file)));
        error.Reason.ShouldBe(reason);
        error.Message.ShouldContain(expected);
        error.Message.ShouldEndWith(OrgChartRejectedException.SupportedForms + ".");
    }

    [Fact]
    public void A_chart_drawn_by_LibreOffice_with_rectangles_and_connectors_is_refused_as_free_shapes()
    {
        var file = Path.Combine(ChartPaths.RepoRoot, "tests", "GovRules.Tests", "OrgCharts", "Files", "vapaat-muodot.docx");
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.Read(file));
        error.Reason.ShouldBe(OrgChartRejectionReason.FreeShapes);
        error.Message.ShouldContain("only free shapes and connectors (3 shape(s), 2 connector(s))");
    }

    [Fact]
    public void An_image_file_given_as_the_chart_is_refused_as_a_picture()
    {
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.Read("kaavio.png"));
        error.Reason.ShouldBe(OrgChartRejectionReason.Picture);
        error.Message.ShouldStartWith("kaavio.png: this is a picture of a chart");
    }
}
