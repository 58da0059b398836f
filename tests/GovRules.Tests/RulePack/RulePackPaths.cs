namespace GovRules.Tests.RulePack;

/// <summary>Where the rule pack's sources, generated documents and samples live in the repository.</summary>
internal static class RulePackPaths
{
    public static string RepoRoot => RepoPaths.RepoRoot;

    public static string Docs => Path.Combine(RepoRoot, "docs");

    public static string CoverageFile => Path.Combine(Docs, "coverage.md");

    public static string NotEncodedFile => Path.Combine(Docs, "not-encoded.yaml");

    public static string RuleReferenceFolder => Path.Combine(Docs, "rules");

    public static string Samples => Path.Combine(RepoRoot, "samples", "hallintosaanto");

    /// <summary>The shared folder beside the repository (legal catalogue, corpus); absent on some machines.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SharedCatalogue => Path.Combine(Shared, "legal", "requirements.md");
}
