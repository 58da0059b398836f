namespace GovRules.Tests.Documents.Corpus;

/// <summary>Finds the shared third-party .docx corpus beside the repository root, and files in the repository.</summary>
internal static class CorpusFiles
{
    /// <summary>The corpus folder (../shared/corpus/docx from the repository root).</summary>
    public static string Folder => Path.Combine(RepoPaths.SharedDir, "corpus", "docx");

    /// <summary>The full path of a file in the repository, e.g. "samples/hallintosaanto/x.docx".</summary>
    public static string InRepository(string relative) => Path.Combine(RepoPaths.RepoRoot, relative);

    /// <summary>The full path of a corpus file given as in MANIFEST.tsv ("word/x.docx").</summary>
    public static string PathOf(string relative) => Path.Combine(Folder, relative);
}
