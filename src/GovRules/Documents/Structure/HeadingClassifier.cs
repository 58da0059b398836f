namespace GovRules.Documents.Structure;

/// <summary>A cleaned block with its heading decided; the input of the outline walk.</summary>
internal sealed record ClassifiedBlock
{
    public required BlockKind Kind { get; init; }

    public required string Text { get; init; }

    public HeadingKind? Heading { get; init; }

    public int? HeadingLevel { get; init; }

    /// <summary>For Part, Chapter and Section headings: the number and title read from the text.</summary>
    public HeadingShape? Shape { get; init; }

    public string? ListLabel { get; init; }

    public int ListLevel { get; init; }

    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }
}

/// <summary>
/// Cleans every raw block and decides which paragraphs are headings: Part/Chapter/Section by text
/// shape (styled or not), other styled paragraphs as <see cref="HeadingKind.Other"/>. A bare heading
/// ("3 luku") takes its title from the next short line.
/// </summary>
internal static class HeadingClassifier
{
    public static IReadOnlyList<ClassifiedBlock> Classify(IReadOnlyList<RawBlock> raw)
    {
        var cleaned = raw.Select(Clean).Where(b => b is not null).Select(b => b!).ToList();
        var result = new List<ClassifiedBlock>(cleaned.Count);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var block = cleaned[i];
            var shape = ShapeOf(block);
            if (shape is null)
            {
                result.Add(block.HeadingLevel is null ? block : AsOtherHeading(block));
                continue;
            }
            var text = block.Kind == BlockKind.ListItem ? $"{block.ListLabel} {block.Text}" : block.Text;
            if (shape.IsBare && i + 1 < cleaned.Count && IsTitleLine(cleaned[i + 1]))
            {
                var title = cleaned[i + 1].Text;
                shape = shape with { Title = title };
                text = $"{text} {title}";
                i++;
            }
            result.Add(new ClassifiedBlock
            {
                Kind = BlockKind.Heading,
                Text = text,
                Heading = shape.Kind,
                HeadingLevel = block.HeadingLevel,
                Shape = shape,
            });
        }
        return result;
    }

    // A styled paragraph without a legal shape; a numbered heading ("1. Yleistä") keeps its number in the text.
    private static ClassifiedBlock AsOtherHeading(ClassifiedBlock block) => block with
    {
        Kind = BlockKind.Heading,
        Heading = HeadingKind.Other,
        Text = block.Kind == BlockKind.ListItem && !string.IsNullOrEmpty(block.ListLabel) ? $"{block.ListLabel} {block.Text}" : block.Text,
        ListLabel = null,
        ListLevel = 0,
    };

    private static ClassifiedBlock? Clean(RawBlock raw)
    {
        if (raw.Kind == BlockKind.Table)
        {
            var rows = (raw.Rows ?? []).Select(r => (IReadOnlyList<string>)r.Select(TextCleanup.Clean).ToList())
                .Where(r => r.Any(c => c.Length > 0)).ToList();
            if (rows.Count == 0) return null;
            return new ClassifiedBlock
            {
                Kind = BlockKind.Table,
                Text = string.Join("\n", rows.Select(r => string.Join("\t", r))),
                Rows = rows,
            };
        }
        var text = TextCleanup.Clean(raw.Text);
        if (text.Length == 0) return null;
        return new ClassifiedBlock
        {
            Kind = raw.Kind == BlockKind.ListItem ? BlockKind.ListItem : BlockKind.Paragraph,
            Text = text,
            HeadingLevel = raw.OutlineLevel,
            ListLabel = raw.Kind == BlockKind.ListItem ? TextCleanup.Clean(raw.ListLabel) : null,
            ListLevel = raw.ListLevel,
        };
    }

    private static HeadingShape? ShapeOf(ClassifiedBlock block)
    {
        var styled = block.HeadingLevel is not null;
        if (block.Kind == BlockKind.Paragraph) return HeadingShape.Match(block.Text, styled);
        if (block.Kind != BlockKind.ListItem || string.IsNullOrEmpty(block.ListLabel)) return null;
        // Word numbers headings with list labels such as "%1 luku" or "%1 §": the label carries the shape.
        var label = HeadingShape.Match(block.ListLabel, styled: true);
        if (label is null || !label.IsBare) return null;
        return HeadingShape.Match($"{block.ListLabel} {block.Text}", styled);
    }

    // A short line that can serve as a title: a paragraph with no heading shape of its own.
    private static bool IsTitleLine(ClassifiedBlock next) =>
        next.Kind == BlockKind.Paragraph
        && ShapeOf(next) is null
        && HeadingShape.LooksLikeTitle(next.Text)
        && next.Text.Length <= 100;
}
