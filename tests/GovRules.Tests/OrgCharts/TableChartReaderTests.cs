using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

public sealed class TableChartReaderTests
{
    private static IReadOnlyList<OrgChart> Read(params string[][] rows) =>
        OrgChartReader.FromDocument(BuiltDocument.Of([BuiltDocument.Table(1, rows)]));

    [Fact]
    public void Columns_in_any_order_with_English_headers_build_the_tree_in_row_order()
    {
        var chart = Read(
            ["Head", "Reports to", "Unit"],
            ["", "", "Aluehallitus"],
            ["", "Aluehallitus", "Hyvinvointialuejohtaja"],
            ["Pelastusjohtaja", "Hyvinvointialuejohtaja", "Pelastuslaitos"],
            ["", "aluehallitus", "Tarkastuslautakunta"]).ShouldHaveSingleItem();
        chart.Form.ShouldBe(OrgChartForm.Table);
        ChartShape.Outline(chart).ShouldBe("Aluehallitus\n  Hyvinvointialuejohtaja\n    Pelastuslaitos (Pelastusjohtaja)\n  Tarkastuslautakunta");
    }

    [Fact]
    public void An_unknown_parent_is_refused_by_name()
    {
        var error = Should.Throw<OrgChartRejectedException>(() => Read(
            ["Yksikkö", "Ylempi yksikkö", "Johtaja"],
            ["Aluehallitus", "", ""],
            ["Pelastuslaitos", "Turvallisuus", "Pelastusjohtaja"]));
        error.Reason.ShouldBe(OrgChartRejectionReason.NotATree);
        error.Message.ShouldContain("the row \"Pelastuslaitos\" names the parent \"Turvallisuus\", which is not a unit of the table");
        error.Message.ShouldContain(OrgChartRejectedException.SupportedForms);
    }

    [Fact]
    public void A_cycle_is_refused()
    {
        var error = Should.Throw<OrgChartRejectedException>(() => Read(
            ["Nimi", "Esihenkilö-yksikkö"],
            ["Aluehallitus", ""],
            ["A", "B"],
            ["B", "A"]));
        error.Reason.ShouldBe(OrgChartRejectionReason.NotATree);
        error.Message.ShouldContain("form a cycle");
    }

    [Fact]
    public void A_table_with_only_its_header_is_refused()
    {
        Should.Throw<OrgChartRejectedException>(() => Read(["Yksikkö", "Ylempi yksikkö", "Johtaja"]))
            .Message.ShouldContain("has no rows below its header");
    }

    [Fact]
    public void A_table_without_unit_and_parent_columns_is_refused_naming_the_accepted_headers()
    {
        var error = Should.Throw<OrgChartRejectedException>(() => Read(["Asia", "Päättäjä"], ["Talousarvio", "Aluevaltuusto"]));
        error.Reason.ShouldBe(OrgChartRejectionReason.UnrecognisedTable);
        error.Message.ShouldContain("Yksikkö/Unit/Nimi/Name");
    }

    [Fact]
    public void A_parent_named_twice_is_ambiguous_and_refused()
    {
        Should.Throw<OrgChartRejectedException>(() => Read(
            ["Yksikkö", "Ylempi yksikkö"],
            ["Hallinto", ""],
            ["Hallinto", ""],
            ["Kirjaamo", "Hallinto"])).Message.ShouldContain("appears 2 times");
    }
}
