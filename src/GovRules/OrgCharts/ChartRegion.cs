using GovRules.Documents;

namespace GovRules.OrgCharts;

/// <summary>
/// A stretch of a document that should hold a chart: blocks [Start, End) and the diagrams standing in
/// them. The forms are tried in a fixed order — SmartArt, a chart table, a nested list — and the
/// stretch is refused with the reason a user can act on when none is found.
/// </summary>
internal sealed record ChartRegion(GovDocument Document, string? Title, int Start, int End, bool AllowLists)
{
    private string SourceName => Document.SourceName;

    public IReadOnlyList<OrgChart> Read()
    {
        var diagrams = Diagrams();
        if (diagrams.Count > 0) return ReadDiagrams(diagrams);
        var blocks = Document.Blocks.Skip(Start).Take(End - Start).ToList();
        var tables = blocks.Where(b => b.Kind == BlockKind.Table).ToList();
        var chartTables = tables.Where(TableChartReader.IsChartTable).ToList();
        if (chartTables.Count > 0) return chartTables.Select(t => TableChartReader.Read(t, SourceName, Title)).ToList();
        var lists = AllowLists ? ListRuns(blocks) : [];
        if (lists.Count > 0) return lists.Select(run => ListChartReader.Read(run, SourceName, Title)).ToList();
        if (AllowLists && tables.Count > 0)
            throw OrgChartRejectedException.Create(SourceName, OrgChartRejectionReason.UnrecognisedTable,
                $"the table has no recognisable columns (expected {TableColumns.Accepted})");
        throw NothingReadable();
    }

    private List<(DiagramData Diagram, int Number)> Diagrams()
    {
        var all = Document.Diagrams.Select((d, i) => (Diagram: d, Number: i + 1)).ToList();
        if (Start == 0 && End >= Document.Blocks.Count) return all;
        var first = Start == 0 ? int.MinValue : Document.Blocks[Start - 1].Location.Paragraph;
        var last = End >= Document.Blocks.Count ? int.MaxValue : Document.Blocks[End].Location.Paragraph;
        // The reader numbers a diagram with the ordinal of the block it stands in or, when its paragraph
        // holds no text, of the next block — so a diagram just before the next heading carries that heading's ordinal.
        return all.Where(d => d.Diagram.Paragraph >= first && d.Diagram.Paragraph <= last).ToList();
    }

    private List<OrgChart> ReadDiagrams(List<(DiagramData Diagram, int Number)> diagrams)
    {
        var trees = diagrams.Where(d => SmartArtLayouts.IsTree(d.Diagram.LayoutId)).ToList();
        if (trees.Count > 0)
            return trees.Select(d => SmartArtChartReader.Read(d.Diagram, SourceName, d.Number, Title)).ToList();
        var described = string.Join(", ", diagrams.Select(d =>
            $"SmartArt {d.Number} uses the layout '{SmartArtLayouts.ShortName(d.Diagram.LayoutId)}' ({SmartArtLayouts.Family(d.Diagram.LayoutId)})"));
        throw OrgChartRejectedException.Create(SourceName, OrgChartRejectionReason.NotHierarchy,
            $"{described}, not an organisation chart or hierarchy; redraw it as a SmartArt Organization Chart or Hierarchy");
    }

    private OrgChartRejectedException NothingReadable()
    {
        var drawings = Document.Drawings;
        if (drawings.Shapes > 0 || drawings.Connectors > 0)
            return OrgChartRejectedException.Create(SourceName, OrgChartRejectionReason.FreeShapes,
                $"no chart GovRules can read, only free shapes and connectors ({drawings.Shapes} shape(s), {drawings.Connectors} connector(s)); a chart drawn with them cannot be read as a tree");
        if (drawings.Pictures > 0)
            return OrgChartRejectedException.Create(SourceName, OrgChartRejectionReason.Picture,
                $"no chart GovRules can read, only {drawings.Pictures} picture(s); a chart pasted as a picture cannot be read as a tree");
        var where = Title is null ? "the document" : $"the part \"{Title}\"";
        var hint = AllowLists ? "" : " (a draft's own lists are not read as a chart; put the chart under a heading \"Organisaatiokaavio\")";
        return OrgChartRejectedException.Create(SourceName, OrgChartRejectionReason.NoChart,
            $"{where} holds no organisation chart{hint}");
    }

    private static List<List<Block>> ListRuns(List<Block> blocks)
    {
        var runs = new List<List<Block>>();
        List<Block>? current = null;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.ListItem)
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                runs.Add(current);
            }
            current.Add(block);
        }
        return runs;
    }
}
