using GovRules.Documents;
using GovRules.OrgCharts;
using static GovRules.Tests.OrgCharts.BuiltDocument;

namespace GovRules.Tests.OrgCharts;

public sealed class DocumentChartFinderTests
{
    [Fact]
    public void The_appendix_list_is_the_chart_and_the_lists_around_it_are_not()
    {
        var document = Of([
            Paragraph(1, "Hallintosäännön liitteet"),
            Item(2, 0, "Ei kaavio"),
            Heading(3, "Liite 1 Organisaatiokaavio", 1),
            Item(4, 0, "Aluevaltuusto"),
            Item(5, 1, "Aluehallitus"),
            Item(6, 2, "Pelastuslaitos (johtaja: Pelastusjohtaja)"),
            Item(7, 1, "Tarkastuslautakunta"),
            Heading(8, "Liite 2 Toimivaltataulukko", 1),
            Item(9, 0, "Ei tämäkään"),
        ]);
        var chart = OrgChartReader.FromDocument(document).ShouldHaveSingleItem();
        chart.Form.ShouldBe(OrgChartForm.List);
        chart.Title.ShouldBe("Liite 1 Organisaatiokaavio");
        ChartShape.Outline(chart).ShouldBe("Aluevaltuusto\n  Aluehallitus\n    Pelastuslaitos (Pelastusjohtaja)\n  Tarkastuslautakunta");
    }

    [Fact]
    public void A_diagram_outside_the_appendix_is_not_read_as_its_chart()
    {
        var process = Diagram("process1", 2, ["1:node:Valmistelu"], ["0>1"]);
        var document = Of([Paragraph(1, "Johdanto"), Paragraph(2, ""), Heading(3, "Liite 1 Organisaatiokaavio"), Item(4, 0, "Aluehallitus")], [process]);
        OrgChartReader.FromDocument(document)[0].Roots[0].Name.ShouldBe("Aluehallitus");
    }

    [Fact]
    public void A_diagram_in_an_empty_paragraph_at_the_end_of_the_appendix_belongs_to_it()
    {
        var chart = Diagram("orgChart1", 3, ["1:node:Aluehallitus"], ["0>1"]);
        var process = Diagram("process1", 4, ["1:node:Valmistelu"], ["0>1"]);
        var document = Of([Heading(1, "Liitteet", 1), Heading(2, "Liite 1 Organisaatiokaavio", 2), Heading(3, "Liite 2 Prosessi", 2), Paragraph(4, "Kuvaus")],
            [chart, process]);
        var found = OrgChartReader.FromDocument(document).ShouldHaveSingleItem();
        found.Form.ShouldBe(OrgChartForm.SmartArt);
        found.Title.ShouldBe("Liite 1 Organisaatiokaavio");
    }

    [Fact]
    public void A_draft_without_an_appendix_has_no_chart_even_though_it_has_lists()
    {
        var draft = Of([Heading(1, "12 § Pelastusjohtajan tehtävät"), Item(2, 0, "johtaa pelastuslaitosta")]) with
        {
            Sections = [new GovSection { Number = "12", Title = "Pelastusjohtajan tehtävät", Heading = Heading(1, "12 § Pelastusjohtajan tehtävät"), Blocks = [] }],
        };
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.FromDocument(draft));
        error.Reason.ShouldBe(OrgChartRejectionReason.NoChart);
        error.Message.ShouldContain("put the chart under a heading \"Organisaatiokaavio\"");
    }

    [Fact]
    public void A_chart_that_is_only_a_picture_is_refused()
    {
        var document = Of([Heading(1, "Organisaatiokaavio"), Paragraph(2, "")], drawings: new DrawingSummary(1, 0, 0));
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.FromDocument(document));
        error.Reason.ShouldBe(OrgChartRejectionReason.Picture);
        error.Message.ShouldBe("kaavio.docx: no chart GovRules can read, only 1 picture(s); a chart pasted as a picture cannot be read as a tree; "
            + OrgChartRejectedException.SupportedForms + ".");
    }

    [Fact]
    public void A_chart_drawn_with_free_shapes_and_connectors_is_refused()
    {
        var document = Of([Heading(1, "Organisaatiokaavio")], drawings: new DrawingSummary(0, 7, 6));
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.FromDocument(document));
        error.Reason.ShouldBe(OrgChartRejectionReason.FreeShapes);
        error.Message.ShouldContain("only free shapes and connectors (7 shape(s), 6 connector(s))");
    }

    [Fact]
    public void A_list_that_starts_deeper_and_skips_levels_still_reads_as_the_printed_tree()
    {
        var document = Of([Item(1, 1, "Aluehallitus"), Item(2, 3, "Pelastuslaitos"), Item(3, 2, "Konsernipalvelut"), Item(4, 1, "Tarkastuslautakunta")]);
        ChartShape.Outline(OrgChartReader.FromDocument(document)[0])
            .ShouldBe("Aluehallitus\n  Pelastuslaitos\n  Konsernipalvelut\nTarkastuslautakunta");
    }
}
