using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GovRules.Benchmarks;

/// <summary>
/// A short job (3 warm-ups, 3 measured iterations) run in-process: the machine is shared, a full run must stay
/// within minutes, and an out-of-process toolchain would rebuild the library into its source folders.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
        .WithArtifactsPath(Path.Combine(BenchPaths.LargeDrafts, "BenchmarkDotNet.Artifacts"));
}
