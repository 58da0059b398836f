using GovRules.Documents;
using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

public sealed class SmartArtChartReaderTests
{
    private static DiagramData OrgChart1(int paragraph = 1) => BuiltDocument.Diagram("orgChart1", paragraph,
        ["1:node:Aluehallitus", "2:asst:Hallintojohtaja", "3:node:Pelastuslaitos/Pelastusjohtaja", "4:node:Konsernipalvelut", "5:node:"],
        ["0>1", "1>2", "1>4", "1>3", "3>5"]);

    [Fact]
    public void Boxes_become_nodes_in_srcOrd_order_with_heads_and_assistants()
    {
        var chart = OrgChartReader.FromDocument(BuiltDocument.Of([], [OrgChart1()])).ShouldHaveSingleItem();
        chart.Form.ShouldBe(OrgChartForm.SmartArt);
        ChartShape.Outline(chart).ShouldBe("""
            Aluehallitus
              Hallintojohtaja [asst]
              Konsernipalvelut
              Pelastuslaitos (Pelastusjohtaja)
            """);
        chart.Roots[0].Source.ShouldBe("kaavio.docx, SmartArt 1");
    }

    [Fact]
    public void Sibling_order_comes_from_srcOrd_not_from_the_order_of_the_connections()
    {
        var reversed = OrgChart1() with
        {
            Connections = [new("parOf", "0", "1", 0), new("parOf", "1", "3", 2), new("parOf", "1", "4", 1), new("parOf", "1", "2", 0)],
        };
        var chart = OrgChartReader.FromDocument(BuiltDocument.Of([], [reversed]))[0];
        chart.Roots[0].Children.Select(c => c.Name).ShouldBe(["Hallintojohtaja", "Konsernipalvelut", "Pelastuslaitos"]);
    }

    [Fact]
    public void An_empty_placeholder_box_hands_its_children_to_its_parent()
    {
        var diagram = BuiltDocument.Diagram("hierarchy1", 1,
            ["1:node:Aluevaltuusto", "2:node:", "3:node:Tarkastuslautakunta", "4:node:Aluehallitus"],
            ["0>1", "1>2", "2>3", "1>4"]);
        var chart = OrgChartReader.FromDocument(BuiltDocument.Of([], [diagram]))[0];
        ChartShape.Outline(chart).ShouldBe("Aluevaltuusto\n  Tarkastuslautakunta\n  Aluehallitus");
    }

    [Theory]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/orgChart1", true)]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/hierarchy1", true)]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/hierarchy6", true)]
    [InlineData("urn:microsoft.com/office/officeart/2008/layout/HalfCircleOrganizationChart", true)]
    [InlineData("urn:microsoft.com/office/officeart/2008/layout/NameandTitleOrganizationalChart", true)]
    [InlineData("urn:microsoft.com/office/officeart/2009/3/layout/HorizontalOrganizationChart", true)]
    [InlineData("urn:microsoft.com/office/officeart/2008/layout/CirclePictureHierarchy", true)]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/process1", false)]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/list1", false)]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/cycle2", false)]
    [InlineData("urn:microsoft.com/office/officeart/2005/8/layout/default", false)]
    public void Only_org_chart_and_hierarchy_layouts_are_trees(string layoutId, bool isTree) =>
        SmartArtLayouts.IsTree(layoutId).ShouldBe(isTree);

    [Fact]
    public void A_process_diagram_is_refused_naming_its_layout_and_the_supported_forms()
    {
        var diagram = BuiltDocument.Diagram("process1", 1, ["1:node:Valmistelu", "2:node:Päätös"], ["0>1", "0>2"]);
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.FromDocument(BuiltDocument.Of([], [diagram])));
        error.Reason.ShouldBe(OrgChartRejectionReason.NotHierarchy);
        error.Message.ShouldBe("kaavio.docx: SmartArt 1 uses the layout 'process1' (a process diagram), not an organisation chart or hierarchy; "
            + "redraw it as a SmartArt Organization Chart or Hierarchy; " + OrgChartRejectedException.SupportedForms + ".");
    }

    [Fact]
    public void Beside_a_hierarchy_other_diagrams_are_skipped_and_several_hierarchies_are_several_charts()
    {
        var process = BuiltDocument.Diagram("process1", 2, ["1:node:Valmistelu"], ["0>1"]);
        var second = BuiltDocument.Diagram("hierarchy2", 3, ["1:node:Hyvinvointialuejohtaja"], ["0>1"]);
        var charts = OrgChartReader.FromDocument(BuiltDocument.Of([], [OrgChart1(), process, second]));
        charts.Select(c => c.Roots[0].Name).ShouldBe(["Aluehallitus", "Hyvinvointialuejohtaja"]);
        charts[1].Roots[0].Source.ShouldBe("kaavio.docx, SmartArt 3");
    }
}
