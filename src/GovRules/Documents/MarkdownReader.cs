namespace GovRules.Documents;

// SCAFFOLD — replaced by the structure/markdown work. Not to be committed as is.
internal static class MarkdownReader
{
    public static RawDocument Read(string text) => PlainTextReader.Read(text);
}
