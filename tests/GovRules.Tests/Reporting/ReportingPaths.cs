namespace GovRules.Tests.Reporting;

/// <summary>Where the repository, its docs and the shared folder beside it are.</summary>
internal static class ReportingPaths
{
    public static string RepoRoot => RepoPaths.RepoRoot;

    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string ReportSchema => Path.Combine(RepoRoot, "docs", "report-schema.json");

    public static string SarifSchema => Path.Combine(SharedDir, "schemas", "sarif-schema-2.1.0.json");
}
