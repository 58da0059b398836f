using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GovRules.Bench.Floor;
using GovRules.Compilation;
using GovRules.Documents;
using GovRules.Documents.Docx;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Benchmarks;

/// <summary>
/// A Stopwatch breakdown of one check, stage by stage, on every draft: the median of N runs (after 40 runs on the
/// smallest sample for tiered JIT and one unmeasured warm-up per draft) and the bytes each stage allocates.
/// Says where the time goes; BenchmarkDotNet says how much.
/// </summary>
internal static class StageBreakdown
{
    private static readonly string[] Stages =
        ["floor", "zip-guard", "docx", "structure", "chart", "facts", "evaluate", "render", "check"];

    public static int Run(int runs)
    {
        var invariant = CultureInfo.InvariantCulture;
        var loadWatch = Stopwatch.StartNew();
        using var rules = RuleCompiler.Compile(RulePackLoader.Load(new RulePackOptions()), BenchPaths.WarmCache);
        loadWatch.Stop();
        Console.WriteLine(string.Create(invariant,
            $"rules: {rules.Rules.Rules.Count} loaded in {loadWatch.Elapsed.TotalMilliseconds:F0} ms, from cache: {rules.FromCache}, Roslyn compilations: {RuleCompiler.CompilationCount}"));
        // Bring the pipeline to tier-1 JIT first; otherwise the first drafts are measured in unoptimised code.
        for (var i = 0; i < 40; i++) Measure(Draft.Smallest, rules);
        Thread.Sleep(TimeSpan.FromSeconds(1));
        Console.WriteLine($"{"draft",-34}" + string.Concat(Stages.Select(s => $"{s,11}")) + "   (median ms; check = docx+structure+chart+facts+evaluate, no floor)");
        foreach (var draft in Draft.All())
        {
            var times = Stages.ToDictionary(s => s, _ => new List<double>());
            var allocated = Stages.ToDictionary(s => s, _ => 0L);
            for (var run = 0; run <= runs; run++)
            {
                var sample = Measure(draft, rules);
                if (run == 0) continue; // warm-up: JIT and first-touch of the lexicon
                foreach (var (stage, (ms, bytes)) in sample)
                {
                    times[stage].Add(ms);
                    allocated[stage] = bytes;
                }
            }
            Console.WriteLine($"{draft.Name,-34}" + string.Concat(Stages.Select(s => string.Create(invariant, $"{Median(times[s]),11:F1}"))));
            Console.WriteLine($"{"  allocated MB",-34}" + string.Concat(Stages.Select(s => string.Create(invariant, $"{allocated[s] / 1048576.0,11:F1}"))));
            var outcomes = lastReport!.Results.GroupBy(r => r.Outcome).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"  budget {BenchBudget.Options().Budget.TotalSeconds} s per rule; outcomes: {string.Join(", ", outcomes)}");
            Console.WriteLine($"  slowest rules: {SlowestRules(draft, rules)}");
        }
        Console.WriteLine(string.Create(invariant, $"Roslyn compilations in this process: {RuleCompiler.CompilationCount}; Roslyn loaded: {RoslynLoaded()}"));
        return 0;
    }

    private static DocumentReport? lastReport;

    private static Dictionary<string, (double Ms, long Bytes)> Measure(Draft draft, CompiledRuleSet rules)
    {
        var result = new Dictionary<string, (double, long)>();
        T Time<T>(string stage, Func<T> work)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var value = work();
            watch.Stop();
            result[stage] = (watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - before);
            return value;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Time("floor", () => DocxTextCounter.CountTextCharacters(draft.Path));
        var bytes = File.ReadAllBytes(draft.Path);
        Time("zip-guard", () => { PackageGuard.Check(bytes, draft.Path); return 0; });
        var raw = Time("docx", () => DocxReader.Read(bytes, draft.Path, SourceFormat.Docx, ChangeView.Accept));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = Time("structure", () => StructureBuilder.Build(raw, draft.Path, SourceFormat.Docx, ChangeView.Accept, sha));
        var chart = Time("chart", () => PipelineBenchmarks.ChartOf(document, draft.ChartPath));
        var facts = Time("facts", () => FactBase.Build(document, chart));
        var report = Time("evaluate", () => RuleEngine.EvaluateDocument(rules, facts, BenchBudget.Options()));
        Time("render", () => ReportRenderer.Render(new Report { ToolVersion = GovRulesEngine.Version, RulePack = rules.Rules.ContentHash, Documents = [report] }, ReportFormat.Text, new RenderOptions()));
        lastReport = report;
        var check = new[] { "docx", "structure", "chart", "facts", "evaluate" };
        result["check"] = (check.Sum(s => result[s].Item1), check.Sum(s => result[s].Item2));
        return result;
    }

    // Each rule alone on fresh facts (the fact base memoises what earlier rules asked), once.
    private static string SlowestRules(Draft draft, CompiledRuleSet rules)
    {
        var document = DocumentReader.Read(draft.Path);
        var chart = PipelineBenchmarks.ChartOf(document, draft.ChartPath);
        var facts = FactBase.Build(document, chart);
        var options = BenchBudget.Options();
        var timings = rules.Rules.Rules.Select(rule =>
        {
            var watch = Stopwatch.StartNew();
            RuleEngine.Evaluate(rules, rule, facts, options);
            return (rule.Id, watch.Elapsed.TotalMilliseconds);
        }).ToList();
        return string.Join(", ", timings.OrderByDescending(t => t.TotalMilliseconds).Take(5)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Id} {t.TotalMilliseconds:F0} ms")))
            + string.Create(CultureInfo.InvariantCulture, $" (all {timings.Count}: {timings.Sum(t => t.TotalMilliseconds):F0} ms)");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static bool RoslynLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true);
}
