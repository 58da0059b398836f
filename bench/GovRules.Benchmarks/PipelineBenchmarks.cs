using BenchmarkDotNet.Attributes;
using GovRules.Bench.Floor;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.OrgCharts;

namespace GovRules.Benchmarks;

/// <summary>
/// Each stage of a check on one draft, against the XmlReader floor (the baseline, so the Ratio column is
/// "times the floor"): reading (docx → GovDocument), fact extraction, rule evaluation with a warm compiled
/// pack (<see cref="EvaluateBenchmarks"/>), and the full in-process check (read + chart + facts + evaluate) through the public facade.
/// </summary>
public class PipelineBenchmarks
{
    private GovRulesEngine engine = null!;
    private GovDocument document = null!;
    private OrgChart? chart;

    /// <summary>The draft under test.</summary>
    [ParamsSource(nameof(Drafts))]
    public Draft Draft { get; set; } = null!;

    /// <summary>The drafts to run on.</summary>
    public static IEnumerable<Draft> Drafts => Draft.All();

    /// <summary>Loads the rules from a warm cache and prepares each stage's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = new GovRulesOptions { CacheDirectory = BenchPaths.WarmCache };
        GovRulesEngine.Load(options).Dispose(); // populates the cache on the very first run
        engine = GovRulesEngine.Load(options);
        document = DocumentReader.Read(Draft.Path);
        chart = ChartOf(document, Draft.ChartPath);
    }

    /// <summary>Unloads the compiled rules.</summary>
    [GlobalCleanup]
    public void Cleanup() => engine.Dispose();

    /// <summary>The floor: stream word/document.xml with XmlReader and count text characters.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("floor")]
    public long Floor() => DocxTextCounter.CountTextCharacters(Draft.Path);

    /// <summary>docx → GovDocument (zip, XML, styles, numbering, structure, anchors).</summary>
    [Benchmark, BenchmarkCategory("read")]
    public GovDocument Read() => DocumentReader.Read(Draft.Path);

    /// <summary>GovDocument + chart → FactBase (tokenising, stemming, lexicon matching, clause reading).</summary>
    [Benchmark, BenchmarkCategory("facts")]
    public FactBase ExtractFacts() => FactBase.Build(document, chart);

    /// <summary>The whole check of one file, as a library caller runs it: read, chart, facts, evaluate.</summary>
    [Benchmark, BenchmarkCategory("check")]
    public Report FullCheck() => engine.Check(Draft.Path, Draft.ChartPath);

    internal static OrgChart? ChartOf(GovDocument document, string? chartPath)
    {
        if (chartPath is not null) return OrgChartReader.ReadFirst(chartPath);
        try
        {
            return OrgChartReader.FromDocument(document).FirstOrDefault();
        }
        catch (OrgChartRejectedException)
        {
            return null;
        }
    }
}
