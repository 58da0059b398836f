using System.Text.RegularExpressions;
using GovRules.Documents.Markdown;

namespace GovRules.Documents;

/// <summary>
/// Reads Markdown as pandoc and people write it (CommonMark-ish) into raw blocks: ATX and setext
/// headings, paragraphs, ordered and bulleted lists with their labels and nesting, pipe tables, block
/// quotes and fenced code as paragraphs. YAML front matter and HTML comments are dropped.
/// </summary>
internal static class MarkdownReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex HtmlComment = new("<!--.*?-->", RegexOptions.Singleline, Timeout);

    public static RawDocument Read(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = normalised.Split('\n').ToList();
        var body = string.Join('\n', lines.Skip(FrontMatterLength(lines)));
        var withoutComments = HtmlComment.Replace(body, "");
        return new RawDocument { Blocks = new MarkdownBlockParser(withoutComments.Split('\n')).Parse() };
    }

    // YAML front matter: "---" on the first line, closed by "---" or "...".
    private static int FrontMatterLength(List<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != "---") return 0;
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].TrimEnd() is "---" or "...") return i + 1;
        return 0;
    }
}
