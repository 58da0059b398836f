using System.Runtime.CompilerServices;

namespace GovRules.Tests.Reporting;

/// <summary>Where the repository, its docs and the shared folder beside it are.</summary>
internal static class ReportingPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string ReportSchema => Path.Combine(RepoRoot, "docs", "report-schema.json");

    public static string SarifSchema => Path.Combine(SharedDir, "schemas", "sarif-schema-2.1.0.json");

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
