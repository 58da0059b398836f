using System.Runtime.CompilerServices;

namespace GovRules.Tests.OrgCharts;

/// <summary>Where the real files the chart tests read stand: the repository's samples and the shared corpus beside it.</summary>
internal static class ChartPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples", "hallintosaanto");

    public static string Corpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "docx"));

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative);

    // Builds with --artifacts-path put the tests outside the repository; then this source file's own path finds it.
    private static string FindRepoRoot([CallerFilePath] string sourceFile = "") =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Path.GetDirectoryName(sourceFile) ?? "")
        ?? throw new InvalidOperationException("GovRules.sln not found above " + AppContext.BaseDirectory);

    private static string? FindAbove(string start)
    {
        var dir = start.Length == 0 ? null : new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovRules.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }
}
