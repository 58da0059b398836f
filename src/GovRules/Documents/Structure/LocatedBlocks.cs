namespace GovRules.Documents.Structure;

/// <summary>Turns classified blocks into <see cref="Block"/>s with their <see cref="SourceLocation"/>, once the outline and its anchors are known.</summary>
internal static class LocatedBlocks
{
    public static IReadOnlyList<Block> Create(IReadOnlyList<ClassifiedBlock> classified, Outline outline)
    {
        var positions = new Dictionary<int, int>();
        var moments = new Dictionary<int, int>();
        foreach (var node in outline.Parts.Concat(outline.Chapters).Concat(outline.Sections))
        {
            for (var k = 0; k < node.BlockIndexes.Count; k++) positions[node.BlockIndexes[k]] = k + 1;
            if (node.Kind == HeadingKind.Section) NumberMoments(node, classified, moments);
        }

        var blocks = new Block[classified.Count];
        for (var i = 0; i < classified.Count; i++)
        {
            var block = classified[i];
            var owner = outline.Owners[i];
            var isOwnHeading = owner is not null && owner.HeadingIndex == i;
            var anchor = owner is null ? $"/{i + 1}" : isOwnHeading ? owner.Anchor : $"{owner.Anchor}/{positions[i]}";
            blocks[i] = new Block
            {
                Kind = block.Kind,
                Text = block.Text,
                Heading = block.Heading,
                HeadingLevel = block.HeadingLevel,
                ListLabel = block.ListLabel,
                ListLevel = block.ListLevel,
                Rows = block.Rows,
                Location = Locate(block, owner, i, anchor, moments.TryGetValue(i, out var moment) ? moment : null),
            };
        }
        return blocks;
    }

    private static SourceLocation Locate(ClassifiedBlock block, OutlineNode? owner, int index, string anchor, int? moment)
    {
        var part = owner?.Ancestor(HeadingKind.Part);
        var chapter = owner?.Ancestor(HeadingKind.Chapter);
        var section = owner?.Ancestor(HeadingKind.Section);
        return new SourceLocation
        {
            Part = part is null ? null : $"{part.Shape.Number} osa",
            Chapter = chapter?.Shape.Number,
            ChapterTitle = chapter?.Shape.Title,
            Section = section?.Shape.Number,
            SectionTitle = section?.Shape.Title,
            Moment = moment,
            Item = block.Kind == BlockKind.ListItem ? block.ListLabel : null,
            Paragraph = index + 1,
            Snippet = Snippet.Of(block.Text),
            Anchor = anchor,
        };
    }

    // Each paragraph starts a new momentti; list items and tables belong to the current one (the first,
    // when they come before any paragraph). Headings inside a section have no momentti.
    private static void NumberMoments(OutlineNode section, IReadOnlyList<ClassifiedBlock> classified, Dictionary<int, int> moments)
    {
        var current = 0;
        foreach (var index in section.BlockIndexes)
        {
            var kind = classified[index].Kind;
            if (kind == BlockKind.Heading) continue;
            if (kind == BlockKind.Paragraph || current == 0) current++;
            moments[index] = current;
        }
    }
}
