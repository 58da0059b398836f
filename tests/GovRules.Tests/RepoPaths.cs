using System.Runtime.CompilerServices;

namespace GovRules.Tests;

/// <summary>Where the repository, its samples and the shared folder beside it (corpus, legal catalogue, schemas) are.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (where GovRules.sln stands).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the repository.</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The bundled sample drafts and charts.</summary>
    public static string Samples => Path.Combine(RepoRoot, "samples", "hallintosaanto");

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
