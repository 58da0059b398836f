namespace GovRules.Documents;

// SCAFFOLD — replaced by the structure/markdown work. Not to be committed as is.
internal static class StructureBuilder
{
    public static GovDocument Build(RawDocument raw, string sourceName, SourceFormat format, ChangeView view, string sha256) => new()
    {
        SourceName = sourceName,
        Format = format,
        View = view,
        Sha256 = sha256,
        Blocks = raw.Blocks.Select((b, i) => new Block
        {
            Kind = b.Kind,
            Text = b.Text,
            Location = new SourceLocation { Paragraph = i + 1, Snippet = b.Text, Anchor = $"/{i + 1}" },
        }).ToList(),
        Parts = [],
        Chapters = [],
        Sections = [],
        Warnings = raw.Warnings,
        HasTrackedChanges = raw.HasTrackedChanges,
        Diagrams = raw.Diagrams,
        Drawings = raw.Drawings,
    };
}
