using System.Runtime.CompilerServices;

namespace GovRules.Benchmarks;

/// <summary>Where the inputs are: the repository's samples and the generated large drafts in bench/out/.</summary>
internal static class BenchPaths
{
    /// <summary>The repository root (where GovRules.sln stands).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples", "hallintosaanto");

    public static string LargeDrafts => Path.Combine(RepoRoot, "bench", "out");

    /// <summary>A rule cache private to the benchmarks, so the user's cache is neither used nor disturbed.</summary>
    public static string WarmCache => Path.Combine(Path.GetTempPath(), "govrules-bench", "cache");

    /// <summary>A fresh, empty cache folder: loading the rules from it compiles them with Roslyn.</summary>
    public static string NewColdCache() => Path.Combine(Path.GetTempPath(), "govrules-bench", "cold", Guid.NewGuid().ToString("N"));

    public static string ColdCacheRoot => Path.Combine(Path.GetTempPath(), "govrules-bench", "cold");

    // Builds with --artifacts-path put the binaries outside the repository; then this source file's own path finds it.
    private static string FindRepoRoot([CallerFilePath] string sourceFile = "") =>
        FindAbove(Environment.CurrentDirectory) ?? FindAbove(AppContext.BaseDirectory) ?? FindAbove(Path.GetDirectoryName(sourceFile) ?? "")
        ?? throw new InvalidOperationException("GovRules.sln not found above " + Environment.CurrentDirectory);

    private static string? FindAbove(string start)
    {
        var dir = start.Length == 0 ? null : new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovRules.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }
}
