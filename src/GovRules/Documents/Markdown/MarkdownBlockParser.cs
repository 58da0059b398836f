using System.Text.RegularExpressions;
using GovRules.Documents.Structure;

namespace GovRules.Documents.Markdown;

/// <summary>The line-by-line block parser behind <see cref="MarkdownReader"/>.</summary>
internal sealed class MarkdownBlockParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex AtxHeading = new(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.None, Timeout);
    private static readonly Regex SetextUnderline = new(@"^ {0,3}(=+|-+)[ \t]*$", RegexOptions.None, Timeout);
    private static readonly Regex ThematicBreak = new(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", RegexOptions.None, Timeout);
    private static readonly Regex Fence = new(@"^ {0,3}(`{3,}|~{3,})", RegexOptions.None, Timeout);
    private static readonly Regex QuoteMarker = new(@"^ {0,3}> ?", RegexOptions.None, Timeout);
    private static readonly Regex HtmlBlockLine = new(@"^\s*</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>\s*$", RegexOptions.None, Timeout);

    private readonly IReadOnlyList<string> _lines;
    private readonly List<RawBlock> _blocks = [];
    private readonly List<string> _pending = [];
    private readonly ListNesting _nesting = new();
    private ListMarker? _pendingItem;
    private int _pendingLevel;
    private bool _blankSinceItem;

    public MarkdownBlockParser(IReadOnlyList<string> lines) => _lines = lines.Select(ExpandTabs).ToList();

    public IReadOnlyList<RawBlock> Parse()
    {
        var i = 0;
        while (i < _lines.Count) i = ParseLine(i);
        Flush();
        return _blocks;
    }

    private int ParseLine(int i)
    {
        var line = StripQuoteMarkers(_lines[i]);
        if (line.Trim().Length == 0 || HtmlBlockLine.IsMatch(line))
        {
            Flush();
            _blankSinceItem = _nesting.IsOpen;
            return i + 1;
        }
        if (Fence.Match(line) is { Success: true } fence) return ReadFence(i, fence.Groups[1].Value);
        if (AtxHeading.Match(line) is { Success: true } atx)
        {
            Flush();
            AddParagraph(atx.Groups[2].Value, atx.Groups[1].Value.Length);
            return i + 1;
        }
        if (_pendingItem is null && _pending.Count > 0 && SetextUnderline.Match(line) is { Success: true } underline)
        {
            var text = JoinLines(_pending);
            _pending.Clear();
            AddParagraph(text, underline.Groups[1].Value[0] == '=' ? 1 : 2);
            return i + 1;
        }
        if (ThematicBreak.IsMatch(line))
        {
            Flush();
            return i + 1;
        }
        if (MarkdownTable.StartsAt(_lines, i))
        {
            Flush();
            _nesting.Close();
            var (rows, next) = MarkdownTable.Read(_lines, i);
            _blocks.Add(new RawBlock { Kind = BlockKind.Table, Text = "", Rows = rows });
            return next;
        }
        if (ListMarker.Match(line) is { } marker && HeadingShape.Match(line.Trim(), styled: true) is null
            && (_pendingItem is not null || _pending.Count == 0 || marker.CanInterruptParagraph))
        {
            Flush();
            _pendingItem = marker;
            _pendingLevel = _nesting.LevelOf(marker.Indent);
            _blankSinceItem = false;
            if (marker.Text.Length > 0) _pending.Add(marker.Text);
            return i + 1;
        }
        AddText(line);
        return i + 1;
    }

    private void AddText(string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        if (_blankSinceItem && indent >= 2 && _blocks.Count > 0 && _blocks[^1].Kind == BlockKind.ListItem && _pending.Count == 0)
        {
            // A later paragraph of a list item continues the item.
            var item = _blocks[^1];
            _blocks[^1] = item with { Text = $"{item.Text}\n{MarkdownInline.Strip(line.Trim())}" };
            return;
        }
        if (_blankSinceItem || (_pendingItem is null && _pending.Count == 0 && indent < 2)) _nesting.Close();
        _blankSinceItem = false;
        _pending.Add(line);
    }

    private int ReadFence(int start, string fence)
    {
        Flush();
        var code = new List<string>();
        var i = start + 1;
        for (; i < _lines.Count; i++)
        {
            var line = _lines[i].TrimStart();
            if (line.StartsWith(fence, StringComparison.Ordinal) && line.Trim().All(c => c == fence[0])) break;
            code.Add(_lines[i]);
        }
        var text = string.Join("\n", code).Trim('\n');
        if (text.Trim().Length > 0) _blocks.Add(new RawBlock { Kind = BlockKind.Paragraph, Text = text });
        return Math.Min(i + 1, _lines.Count);
    }

    private void Flush()
    {
        if (_pendingItem is not null)
        {
            _blocks.Add(new RawBlock
            {
                Kind = BlockKind.ListItem,
                Text = MarkdownInline.Strip(JoinLines(_pending)),
                ListLabel = _pendingItem.Label,
                ListLevel = _pendingLevel,
            });
        }
        else if (_pending.Count > 0)
        {
            AddParagraph(JoinLines(_pending), null);
        }
        _pending.Clear();
        _pendingItem = null;
    }

    private void AddParagraph(string markdown, int? level)
    {
        var text = MarkdownInline.Strip(markdown.Trim());
        if (text.Trim().Length > 0) _blocks.Add(new RawBlock { Kind = BlockKind.Paragraph, Text = text, OutlineLevel = level });
    }

    // Soft line breaks become spaces; a hard break (two trailing spaces or a backslash) stays a line break.
    private static string JoinLines(List<string> lines)
    {
        var parts = new List<string>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var last = k == lines.Count - 1;
            var hard = !last && (line.EndsWith("  ", StringComparison.Ordinal) || line.TrimEnd().EndsWith('\\'));
            var trimmed = line.Trim();
            if (hard && trimmed.EndsWith('\\')) trimmed = trimmed[..^1];
            parts.Add(trimmed + (last ? "" : hard ? "\n" : " "));
        }
        return string.Concat(parts);
    }

    private static string StripQuoteMarkers(string line)
    {
        var stripped = line;
        while (QuoteMarker.Match(stripped) is { Success: true } quote) stripped = stripped[quote.Length..];
        return stripped;
    }

    private static string ExpandTabs(string line)
    {
        var indent = line.Length - line.TrimStart(' ', '\t').Length;
        return indent == 0 ? line : line[..indent].Replace("\t", "    ", StringComparison.Ordinal) + line[indent..];
    }
}
