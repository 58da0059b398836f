using GovRules.Documents.Structure;

namespace GovRules.Documents;

/// <summary>
/// Reads a plain-text draft: paragraphs are separated by blank lines; a line that looks like a heading
/// ("3 luku Toimielimet", "12 §") or a list item ("1)", "a)", "- ") is a block of its own, and the
/// lines after a list item continue it. Lines of one paragraph are joined with line breaks, which the
/// structure builder turns into spaces (joining words hyphenated at a line end).
/// </summary>
internal static class PlainTextReader
{
    public static RawDocument Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<RawBlock>();
        var pending = new List<string>();
        ListMarker? item = null;
        var itemLevel = 0;
        var nesting = new ListNesting();

        void Flush()
        {
            if (pending.Count > 0 || item is not null)
            {
                blocks.Add(item is null
                    ? new RawBlock { Kind = BlockKind.Paragraph, Text = string.Join("\n", pending) }
                    : new RawBlock { Kind = BlockKind.ListItem, Text = string.Join("\n", pending), ListLabel = item.Label, ListLevel = itemLevel });
            }
            pending.Clear();
            item = null;
        }

        foreach (var raw in lines)
        {
            var line = raw.Replace("\t", "    ", StringComparison.Ordinal).TrimEnd();
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            if (HeadingShape.Match(TextCleanup.Clean(trimmed), styled: false) is not null)
            {
                Flush();
                nesting.Close();
                blocks.Add(new RawBlock { Kind = BlockKind.Paragraph, Text = trimmed });
                continue;
            }
            if (ListMarker.Match(line) is { } marker && (item is not null || pending.Count == 0 || marker.CanInterruptParagraph))
            {
                Flush();
                item = marker;
                itemLevel = nesting.LevelOf(marker.Indent);
                if (marker.Text.Length > 0) pending.Add(marker.Text);
                continue;
            }
            if (item is null && pending.Count == 0) nesting.Close();
            pending.Add(trimmed);
        }
        Flush();
        return new RawDocument { Blocks = blocks };
    }
}
