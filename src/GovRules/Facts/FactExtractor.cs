using GovRules.Documents;
using GovRules.Language;
using GovRules.OrgCharts;

namespace GovRules.Facts;

/// <summary>
/// Builds a <see cref="FactBase"/>: reads every block once, carries holders from section titles and
/// lead-ins down to subjectless items, and collects assignments, delegations, reporting lines and entities.
/// </summary>
internal sealed partial class FactExtractor
{
    private readonly Lexicon lexicon;
    private readonly IFinnishAnalyzer analyzer;
    private readonly NameFinder names;
    private readonly TaskTerms terms;
    private readonly EntityRegistry registry = new();
    private readonly List<Assignment> assignments = [];
    private readonly List<Delegation> delegations = [];
    private readonly List<ReportingLine> lines = [];
    private HolderContext? section;
    private HolderContext? leadIn;

    public FactExtractor(Lexicon lexicon, IFinnishAnalyzer analyzer)
    {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        names = new NameFinder(lexicon, analyzer);
        terms = new TaskTerms(names);
    }

    /// <summary>Extracts the facts of a document and its chart.</summary>
    public FactBase Extract(GovDocument document, OrgChart? chart)
    {
        var analyzed = new List<QueryBlock>(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            var text = block.Kind == BlockKind.Table && block.Rows is not null
                ? string.Join(" ; ", block.Rows.Select(r => string.Join(" ; ", r)))
                : block.Text;
            var item = AnalyzedBlock.Of(block, text, names);
            analyzed.Add(new QueryBlock(block, item.Tokens));
            foreach (var name in item.Names) registry.Mention(name, block.Location);
            Read(item);
        }
        if (chart is not null) lines.InsertRange(0, ChartFacts.Read(chart, names, registry));
        return new FactBase
        {
            Document = document,
            Chart = chart,
            Entities = registry.Build(),
            Assignments = assignments,
            Delegations = delegations,
            ReportingLines = lines,
            Analysis = new FactAnalysis(lexicon, analyzer, names, analyzed),
        };
    }

    private void Read(AnalyzedBlock block)
    {
        switch (block.Block.Kind)
        {
            case BlockKind.Heading:
                leadIn = null;
                section = block.Block.Heading == HeadingKind.Section ? HolderContext.FromTitle(block) : null;
                if (section is not null) Define(section.Holders, block.Block.Location);
                break;
            case BlockKind.Table when block.Block.Rows is not null:
                ReadTable(block);
                break;
            default:
                ReadText(block, isItem: block.Block.Kind == BlockKind.ListItem || LooksLikeItem(block.Text));
                break;
        }
    }

    private void ReadTable(AnalyzedBlock block)
    {
        foreach (var (matter, matterTokens, deciders) in TableReader.Read(block.Block.Rows!, names))
        {
            var task = (matter, (IReadOnlyList<string>)terms.Of(matterTokens));
            foreach (var decider in deciders) Add(decider, AssignmentVerb.Paattaa, task, AssignmentQualifiers.None, block.Block.Location);
        }
    }

    // "1) vastaa …" written as a plain paragraph.
    private static bool LooksLikeItem(string text) =>
        text.Length > 2 && char.IsDigit(text[0]) && (text[1] is ')' or '.' || (char.IsDigit(text[1]) && text.Length > 3 && text[2] is ')' or '.'));
}
