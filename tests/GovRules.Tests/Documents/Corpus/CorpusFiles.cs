using System.Runtime.CompilerServices;

namespace GovRules.Tests.Documents.Corpus;

/// <summary>Finds the shared third-party .docx corpus beside the repository root, and files in the repository.</summary>
internal static class CorpusFiles
{
    private static readonly Lazy<DirectoryInfo> Repository = new(() => FindRepository());

    /// <summary>The corpus folder (../shared/corpus/docx from the repository root).</summary>
    public static string Folder => Path.Combine(Repository.Value.Parent!.FullName, "shared", "corpus", "docx");

    /// <summary>The full path of a file in the repository, e.g. "samples/hallintosaanto/x.docx".</summary>
    public static string InRepository(string relative) => Path.Combine(Repository.Value.FullName, relative);

    /// <summary>The full path of a corpus file given as in MANIFEST.tsv ("word/x.docx").</summary>
    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    // Tests may be built into an artifacts folder outside the tree, so the source file's own place is the fallback.
    private static DirectoryInfo FindRepository([CallerFilePath] string sourceFile = "") =>
        RepositoryAbove(AppContext.BaseDirectory) ?? RepositoryAbove(Path.GetDirectoryName(sourceFile))
            ?? throw new DirectoryNotFoundException($"GovRules.sln not found above {AppContext.BaseDirectory} or {sourceFile}");

    private static DirectoryInfo? RepositoryAbove(string? start)
    {
        var directory = start is null ? null : new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovRules.sln")))
            directory = directory.Parent;
        return directory?.Parent is null ? null : directory;
    }
}
