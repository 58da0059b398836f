using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

/// <summary>The SmartArt files of the shared corpus (MANIFEST.tsv marks them "smartart"; notes name their layouts).</summary>
public sealed class CorpusSmartArtTests
{
    private const string Top = "top1\n  top2\n    top4\n    top5\n  top3\n    top6";

    public static TheoryData<string, string> SmartArtFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(ChartPaths.Corpus, "MANIFEST.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 11 || !columns[6].Split(',').Contains("smartart")) continue;
            var marker = columns[10].IndexOf("SmartArt layouts:", StringComparison.Ordinal);
            data.Add(columns[0], marker < 0 ? "" : columns[10][(marker + "SmartArt layouts:".Length)..].Trim());
        }
        return data;
    }

    [Theory]
    [InlineData("smartart/oxsdk__SmartArt.docx", 4)]
    [InlineData("smartart/oxsdk__SmartArt1.docx", 4)]
    public void A_hierarchy_diagram_reads_into_its_exact_tree_and_the_other_diagrams_are_skipped(string file, int diagramNumber)
    {
        var chart = OrgChartReader.Read(ChartPaths.CorpusFile(file)).ShouldHaveSingleItem();
        chart.Form.ShouldBe(OrgChartForm.SmartArt);
        ChartShape.Outline(chart).ShouldBe(Top);
        chart.Walk().ShouldAllBe(p => p.Node.Source!.EndsWith($", SmartArt {diagramNumber}", StringComparison.Ordinal));
        chart.Walk().ShouldAllBe(p => !p.Node.IsAssistant && p.Node.Head == null);
    }

    [Theory]
    [MemberData(nameof(SmartArtFiles))]
    public void Every_corpus_SmartArt_file_is_read_as_a_hierarchy_or_refused_naming_its_layout(string file, string layouts)
    {
        var names = layouts.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('#')[0]).ToList();
        var hierarchy = names.Where(n => n.StartsWith("hierarchy", StringComparison.Ordinal) || n.StartsWith("orgChart", StringComparison.Ordinal)).ToList();
        if (hierarchy.Count > 0)
        {
            OrgChartReader.Read(ChartPaths.CorpusFile(file)).Count.ShouldBe(hierarchy.Count);
            return;
        }
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.Read(ChartPaths.CorpusFile(file)));
        error.Reason.ShouldBe(OrgChartRejectionReason.NotHierarchy);
        error.Message.ShouldContain($"uses the layout '{names[0]}'");
        error.Message.ShouldContain(OrgChartRejectedException.SupportedForms);
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_document_of_sentences_in_a_nested_list_is_not_read_as_a_chart()
    {
        var error = Should.Throw<OrgChartRejectedException>(() => OrgChartReader.Read(ChartPaths.CorpusFile("word/powertools__HierarchicalNumberedList.docx")));
        error.Reason.ShouldBe(OrgChartRejectionReason.NotATree);
        error.Message.ShouldContain("the list reads as running text");
    }
}
