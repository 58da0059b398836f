using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using GovRules.Compilation;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.Language;
using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Benchmarks;

/// <summary>
/// One check, stage by stage, as a fresh `govrules check` process does it: every stage runs for the first time, so
/// it pays its JIT, type loading and first sight of each word. This is what a drafter waits for, and what neither
/// BenchmarkDotNet nor the breakdown (both warm) show. Prints one line: per stage the milliseconds, and in brackets
/// the methods the JIT compiled during it. Run it in a fresh process each time (bench/firstrun.sh does, ReadyToRun).
/// </summary>
internal static class FirstRun
{
    public static int Run(string draftPath, string? chartPath)
    {
        var stages = new List<string>();
        var watch = Stopwatch.StartNew();
        var methods = JitInfo.GetCompiledMethodCount();
        T Time<T>(string stage, Func<T> work)
        {
            watch.Restart();
            var value = work();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var compiled = JitInfo.GetCompiledMethodCount();
            stages.Add(string.Create(CultureInfo.InvariantCulture, $"{stage} {elapsed:F1} [{compiled - methods}]"));
            methods = compiled;
            return value;
        }

        using var rules = Time("rules", () => RuleCompiler.Compile(RulePackLoader.Load(new RulePackOptions()), BenchPaths.WarmCache));
        var lexicon = Time("lexicon", () => Lexicon.Default);
        var document = Time("read", () => DocumentReader.Read(draftPath));
        var chart = Time("chart", () => PipelineBenchmarks.ChartOf(document, chartPath));
        var facts = Time("facts", () => FactBase.Build(document, chart, lexicon));
        var report = Time("evaluate", () => RuleEngine.EvaluateDocument(rules, facts, BenchBudget.Options()));
        Time("render", () => ReportRenderer.Render(new Report { ToolVersion = GovRulesEngine.Version, RulePack = rules.Rules.ContentHash, Documents = [report] }, ReportFormat.Text, new RenderOptions()));
        Console.WriteLine(string.Join(", ", stages));
        return rules.FromCache ? 0 : 2; // a run that compiled the rules is not a warm start; the script runs one first
    }
}
