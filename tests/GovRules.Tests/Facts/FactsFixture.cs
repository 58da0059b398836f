using GovRules.Documents;
using GovRules.Facts;

namespace GovRules.Tests.Facts;

/// <summary>Builds fact bases from Markdown passages and finds the repository's samples.</summary>
internal static class FactsFixture
{
    public static FactBase Extract(string markdown) => FactBase.Build(DocumentReader.ReadMarkdown(markdown), null);

    public static string RepoRoot => RepoPaths.RepoRoot;

    public static string SamplesDir => Path.Combine(RepoRoot, "samples", "hallintosaanto");

    /// <summary>The single assignment a passage makes; fails with the list when there is not exactly one.</summary>
    public static Assignment Single(FactBase facts)
    {
        var listing = string.Join("\n", facts.Assignments.Select(a => $"{a.Holder} {a.Verb} «{a.Task}»"));
        facts.Assignments.Count.ShouldBe(1, listing);
        return facts.Assignments[0];
    }
}
