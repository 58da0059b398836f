namespace GovRules.Tests.OrgCharts;

/// <summary>Where the real files the chart tests read stand: the repository's samples and the shared corpus beside it.</summary>
internal static class ChartPaths
{
    public static string RepoRoot => RepoPaths.RepoRoot;

    public static string Samples => Path.Combine(RepoRoot, "samples", "hallintosaanto");

    public static string Corpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "docx"));

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative);
}
