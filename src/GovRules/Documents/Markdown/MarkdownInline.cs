using System.Text;
using System.Text.RegularExpressions;

namespace GovRules.Documents.Markdown;

/// <summary>Removes inline Markdown markup and keeps the words: emphasis, code spans, links, images, inline HTML, escapes.</summary>
internal static class MarkdownInline
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Escaped punctuation is hidden in the private-use area while the markup is removed, then restored.
    private const int EscapeBase = 0xE000;

    private static readonly Regex Escape = new(@"\\([!-/:-@\[-`{-~])", RegexOptions.None, Timeout);
    private static readonly Regex Image = new(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.None, Timeout);
    private static readonly Regex Link = new(@"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\]|\{[^}]*\})", RegexOptions.None, Timeout);
    private static readonly Regex FootnoteReference = new(@"\[\^[^\]]+\]", RegexOptions.None, Timeout);
    private static readonly Regex AutoLink = new(@"<((?:https?|ftp|mailto):[^>\s]+)>", RegexOptions.None, Timeout);
    private static readonly Regex LineBreakTag = new(@"<br\s*/?>", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex HtmlTag = new(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", RegexOptions.None, Timeout);
    private static readonly Regex CodeSpan = new(@"(`+)(.+?)\1", RegexOptions.None, Timeout);
    private static readonly Regex Strong = new(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", RegexOptions.None, Timeout);
    private static readonly Regex EmphasisStar = new(@"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", RegexOptions.None, Timeout);
    private static readonly Regex EmphasisUnderscore = new(@"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", RegexOptions.None, Timeout);
    private static readonly Regex Strikeout = new(@"~~(?=\S)(.+?)(?<=\S)~~", RegexOptions.None, Timeout);

    /// <summary>The text of <paramref name="markdown"/> without inline markup.</summary>
    public static string Strip(string markdown)
    {
        var text = Escape.Replace(markdown, m => ((char)(EscapeBase + m.Groups[1].Value[0])).ToString());
        text = CodeSpan.Replace(text, m => Hide(m.Groups[2].Value.Trim()));
        text = Image.Replace(text, "");
        text = FootnoteReference.Replace(text, "");
        text = Link.Replace(text, "$1");
        text = AutoLink.Replace(text, "$1");
        text = LineBreakTag.Replace(text, "\n");
        text = HtmlTag.Replace(text, "");
        text = Strong.Replace(text, "$2");
        text = EmphasisStar.Replace(text, "$1");
        text = EmphasisUnderscore.Replace(text, "$1");
        text = Strikeout.Replace(text, "$1");
        return Restore(text);
    }

    // Code keeps its characters literally: its punctuation is hidden from the markup rules too.
    private static string Hide(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code) builder.Append(c is > ' ' and < (char)127 && !char.IsLetterOrDigit(c) ? (char)(EscapeBase + c) : c);
        return builder.ToString();
    }

    private static string Restore(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(c is >= (char)EscapeBase and < (char)(EscapeBase + 128) ? (char)(c - EscapeBase) : c);
        return builder.ToString();
    }
}
