namespace GovRules.Documents;

// SCAFFOLD — replaced by the structure/markdown work. Not to be committed as is.
internal static class PlainTextReader
{
    public static RawDocument Read(string text) => new()
    {
        Blocks = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => new RawBlock { Kind = BlockKind.Paragraph, Text = l }).ToList(),
    };
}
