using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

public sealed class NodeLabelTests
{
    [Theory]
    [InlineData("Pelastuslaitos\nPelastusjohtaja", "Pelastuslaitos", "Pelastusjohtaja")]
    [InlineData("Pelastuslaitos (johtaja: Pelastusjohtaja)", "Pelastuslaitos", "Pelastusjohtaja")]
    [InlineData("Pelastuslaitos (Johtaja: Pelastusjohtaja)", "Pelastuslaitos", "Pelastusjohtaja")]
    [InlineData("Konsernipalvelut (vastuuhenkilö: Konsernipalvelujohtaja)", "Konsernipalvelut", "Konsernipalvelujohtaja")]
    [InlineData("Pelastuslaitos (Pelastusjohtaja)", "Pelastuslaitos", "Pelastusjohtaja")]
    [InlineData("**Aluehallitus**", "Aluehallitus", null)]
    public void Name_and_head_are_split_from_the_text_of_a_box_or_item(string text, string name, string? head)
    {
        var label = NodeLabel.Split(text);
        label.Name.ShouldBe(name);
        label.Head.ShouldBe(head);
        label.IsAssistant.ShouldBeFalse();
    }

    [Fact]
    public void A_parenthesis_that_is_not_a_post_stays_in_the_name()
    {
        NodeLabel.Split("Aluehallitus (välfärdsområdesstyrelsen)").ShouldBe(new NodeText("Aluehallitus (välfärdsområdesstyrelsen)", null, false));
    }

    [Theory]
    [InlineData("Johtajaylilääkäri (esikunta)")]
    [InlineData("Johtajaylilääkäri (avustava)")]
    [InlineData("Johtajaylilääkäri (assistant)")]
    public void A_staff_mark_makes_an_assistant(string text) =>
        NodeLabel.Split(text).ShouldBe(new NodeText("Johtajaylilääkäri", null, true));
}
