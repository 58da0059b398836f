using GovRules.Documents;

namespace GovRules.OrgCharts;

/// <summary>
/// Finds the organisation chart in a read document. A heading containing "Organisaatiokaavio"
/// (e.g. "Liite 1 Organisaatiokaavio") marks an appendix whose content is the chart; without one, a
/// document that is only a chart (no chapters or sections) is the chart as a whole, and in a draft
/// only SmartArt counts — its numbered kohta lists are not a chart.
/// </summary>
internal static class DocumentChartFinder
{
    private const string Marker = "organisaatiokaavio";

    public static IReadOnlyList<OrgChart> Find(GovDocument document)
    {
        var regions = AppendixRegions(document);
        if (regions.Count == 0)
        {
            var isChartOnly = document.Chapters.Count == 0 && document.Sections.Count == 0;
            var title = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
            return new ChartRegion(document, title, 0, document.Blocks.Count, isChartOnly).Read();
        }
        var charts = new List<OrgChart>();
        OrgChartRejectedException? firstError = null;
        foreach (var region in regions)
        {
            try
            {
                charts.AddRange(region.Read());
            }
            catch (OrgChartRejectedException e)
            {
                firstError ??= e;
            }
        }
        if (charts.Count == 0 && firstError is not null) throw firstError;
        return charts;
    }

    private static List<ChartRegion> AppendixRegions(GovDocument document)
    {
        var blocks = document.Blocks;
        var regions = new List<ChartRegion>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsChartHeading(blocks[i])) continue;
            var end = i + 1;
            while (end < blocks.Count && !EndsAppendix(blocks[i], blocks[end])) end++;
            regions.Add(new ChartRegion(document, blocks[i].Text.Trim(), i + 1, end, AllowLists: true));
        }
        return regions;
    }

    private static bool IsChartHeading(Block block) =>
        block.Text.Contains(Marker, StringComparison.OrdinalIgnoreCase)
        && (block.Kind == BlockKind.Heading
            || (block.Kind == BlockKind.Paragraph && block.Text.Length <= 60 && !block.Text.TrimEnd().EndsWith('.')));

    private static bool EndsAppendix(Block appendix, Block next)
    {
        if (next.Kind != BlockKind.Heading) return false;
        if (next.Heading is HeadingKind.Part or HeadingKind.Chapter or HeadingKind.Section) return true;
        return appendix.HeadingLevel is not int level || next.HeadingLevel is not int nextLevel || nextLevel <= level;
    }
}
