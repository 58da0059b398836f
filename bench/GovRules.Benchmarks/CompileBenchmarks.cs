using BenchmarkDotNet.Attributes;

namespace GovRules.Benchmarks;

/// <summary>
/// Loading the built-in rule pack: cold (an empty cache folder, so Roslyn compiles every expression into one
/// assembly) against warm (the cached assembly is loaded and Roslyn never starts). Both include parsing the YAML.
/// In this process Roslyn is already jitted after the first cold run; bench/compare.sh measures a cold process too.
/// </summary>
public class CompileBenchmarks
{
    private readonly GovRulesOptions warm = new() { CacheDirectory = BenchPaths.WarmCache };

    /// <summary>Fills the warm cache.</summary>
    [GlobalSetup]
    public void Setup() => GovRulesEngine.Load(warm).Dispose();

    /// <summary>Removes the cold cache folders the runs created.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(BenchPaths.ColdCacheRoot)) Directory.Delete(BenchPaths.ColdCacheRoot, recursive: true);
    }

    /// <summary>Load + compile with Roslyn + store in an empty cache.</summary>
    [Benchmark, BenchmarkCategory("compile")]
    public string CompileCold()
    {
        using var engine = GovRulesEngine.Load(new GovRulesOptions { CacheDirectory = BenchPaths.NewColdCache() });
        return engine.RulePack;
    }

    /// <summary>Load from the on-disk cache (the warm path of every `govrules check`).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("compile")]
    public string LoadFromCache()
    {
        using var engine = GovRulesEngine.Load(warm);
        return engine.RulePack;
    }
}
