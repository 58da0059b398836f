using GovRules.Documents;

namespace GovRules.Tests.Documents.Docx;

/// <summary>SmartArt data models and drawing counts, for the org-chart reader.</summary>
public sealed class DiagramTests
{
    [Fact]
    public void A_hierarchy_diagram_gives_its_nodes_and_parent_links_in_sibling_order()
    {
        var diagram = CorpusDocx.Read("smartart/oxsdk__SmartArt.docx").Diagrams
            .Single(d => d.LayoutId == "urn:microsoft.com/office/officeart/2005/8/layout/hierarchy1");
        var names = diagram.Points.Where(p => p.Type == "node").ToDictionary(p => p.ModelId, p => string.Join(" ", p.Lines));
        var children = diagram.Connections.Where(c => c.Type == "parOf" && names.ContainsKey(c.SourceId))
            .OrderBy(c => c.SourceOrder)
            .GroupBy(c => names[c.SourceId])
            .ToDictionary(g => g.Key, g => g.Select(c => names[c.DestinationId]).ToList());
        children["top1"].ShouldBe(["top2", "top3"]);
        children["top2"].ShouldBe(["top4", "top5"]);
        children["top3"].ShouldBe(["top6"]);
    }

    [Fact]
    public void Every_diagram_of_a_document_is_found_with_its_layout_and_place()
    {
        var document = CorpusDocx.Read("smartart/oxsdk__SmartArt.docx");
        document.Diagrams.Select(d => d.LayoutId.Split('/')[^1]).ShouldBe(["equation1", "radial5", "vList5", "hierarchy1"]);
        document.Diagrams.ShouldAllBe(d => d.Paragraph == 2);
        document.Blocks[0].Text.ShouldBe("SmartArt");
    }

    [Fact]
    public void Point_types_default_to_node_and_text_is_kept_per_point()
    {
        var diagram = CorpusDocx.Read("smartart/powertools__HC052-SmartArt.docx").Diagrams.ShouldHaveSingleItem();
        diagram.LayoutId.ShouldBe("urn:microsoft.com/office/officeart/2005/8/layout/default");
        diagram.Points.Where(p => p.Type == "node").Select(p => string.Join(" ", p.Lines)).ShouldBe(["AB", "CD", "EF", "GH", "IJ"]);
        diagram.Points.Count(p => p.Type == "doc").ShouldBe(1);
        diagram.Connections.ShouldContain(c => c.Type == "parOf");
    }

    [Fact]
    public void A_diagram_in_a_strict_package_is_read_too()
    {
        CorpusDocx.Read("bad/oxsdk__Strict01.docx").Diagrams.ShouldHaveSingleItem().Points.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("libreoffice/pandoc__image_vml.docx", 1, 0)]
    [InlineData("word/pandoc__textbox_image.docx", 1, 1)]
    [InlineData("word/mammoth__tables.docx", 0, 0)]
    public void Pictures_and_free_shapes_are_counted(string file, int pictures, int shapes)
    {
        var drawings = CorpusDocx.Read(file).Drawings;
        drawings.Pictures.ShouldBe(pictures);
        drawings.Shapes.ShouldBe(shapes);
    }
}
