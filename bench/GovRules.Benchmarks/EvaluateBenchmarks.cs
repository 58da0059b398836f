using BenchmarkDotNet.Attributes;
using GovRules.Compilation;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.OrgCharts;
using GovRules.Rules;

namespace GovRules.Benchmarks;

/// <summary>
/// Every rule of the built-in pack against one draft's facts, with the compiled pack already loaded (warm).
/// A fact base memoises parsed terms and task tokens while rules query it, so each measured evaluation gets a
/// freshly built one (built in the iteration setup, not timed) — as in a real check.
/// </summary>
[InvocationCount(1)]
public class EvaluateBenchmarks
{
    private CompiledRuleSet rules = null!;
    private GovDocument document = null!;
    private OrgChart? chart;
    private FactBase facts = null!;

    /// <summary>The draft under test.</summary>
    [ParamsSource(nameof(Drafts))]
    public Draft Draft { get; set; } = null!;

    /// <summary>The drafts to run on.</summary>
    public static IEnumerable<Draft> Drafts => Draft.All();

    /// <summary>Loads the compiled pack from the warm cache and reads the draft.</summary>
    [GlobalSetup]
    public void Setup()
    {
        rules = RuleCompiler.Compile(RulePackLoader.Load(new RulePackOptions()), BenchPaths.WarmCache);
        document = DocumentReader.Read(Draft.Path);
        chart = PipelineBenchmarks.ChartOf(document, Draft.ChartPath);
        PromoteToTier1();
    }

    // One invocation per iteration means the engine and rule methods would run only ~7 times and stay at tier-0
    // (unoptimised) JIT code; a full check in PipelineBenchmarks runs them thousands of times. Run them on the
    // smallest sample until tiered compilation has optimised them, as in any process that checks more than once.
    private void PromoteToTier1()
    {
        var small = Draft.Smallest;
        var smallDocument = DocumentReader.Read(small.Path);
        var smallFacts = FactBase.Build(smallDocument, PipelineBenchmarks.ChartOf(smallDocument, small.ChartPath));
        for (var i = 0; i < 60; i++) RuleEngine.EvaluateDocument(rules, smallFacts, BenchBudget.Options());
        Thread.Sleep(TimeSpan.FromSeconds(1)); // tier-1 compilation runs in the background
    }

    /// <summary>A fresh fact base for the next evaluation.</summary>
    [IterationSetup]
    public void FreshFacts() => facts = FactBase.Build(document, chart);

    /// <summary>Unloads the compiled rules.</summary>
    [GlobalCleanup]
    public void Cleanup() => rules.Dispose();

    /// <summary>Evaluate every rule (applies, assert, for-each, findings, evidence).</summary>
    [Benchmark, BenchmarkCategory("evaluate")]
    public DocumentReport Evaluate() => RuleEngine.EvaluateDocument(rules, facts, BenchBudget.Options());
}
