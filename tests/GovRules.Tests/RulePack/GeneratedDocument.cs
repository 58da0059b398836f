namespace GovRules.Tests.RulePack;

/// <summary>
/// A document generated from the rule pack. A test compares the file on disk with a fresh generation;
/// with GOVRULES_UPDATE_DOCS=1 it rewrites the file instead, so regenerating is one test run.
/// </summary>
internal static class GeneratedDocument
{
    public static bool UpdateRequested => Environment.GetEnvironmentVariable("GOVRULES_UPDATE_DOCS") == "1";

    /// <summary>Returns null when the file is current (or was just rewritten), else a one-line reason.</summary>
    public static string? Check(string path, string expected)
    {
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (actual == expected) return null;
        if (UpdateRequested)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return null;
        }
        var relative = Path.GetRelativePath(RulePackPaths.RepoRoot, path);
        return actual is null
            ? $"{relative} is missing; run the tests with GOVRULES_UPDATE_DOCS=1 to generate it"
            : $"{relative} is stale; run the tests with GOVRULES_UPDATE_DOCS=1 to regenerate it";
    }
}
