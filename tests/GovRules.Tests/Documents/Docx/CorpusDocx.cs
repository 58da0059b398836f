using GovRules.Documents;
using GovRules.Documents.Docx;
using GovRules.Tests.Documents.Corpus;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Reads a corpus file with the Word reader alone (before the structure builder), to see its raw blocks.</summary>
internal static class CorpusDocx
{
    public static RawDocument Read(string file, ChangeView view = ChangeView.Accept)
    {
        var path = CorpusFiles.PathOf(file);
        var format = path.EndsWith(".docm", StringComparison.OrdinalIgnoreCase) ? SourceFormat.Docm : SourceFormat.Docx;
        return DocxReader.Read(File.ReadAllBytes(path), path, format, view);
    }

    public static List<string> Texts(this RawDocument document) => document.Blocks.Select(b => b.Text).ToList();

    public static List<string> Labels(this RawDocument document) =>
        document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => $"{b.ListLevel}:{b.ListLabel}").ToList();
}
