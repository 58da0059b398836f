using System.Text.RegularExpressions;

namespace GovRules.Documents.Structure;

/// <summary>A list marker at the start of a line, as Markdown and plain-text drafts write it.</summary>
/// <param name="Indent">The columns before the marker.</param>
/// <param name="Label">The label as a reader sees it: the marker as written ("1.", "1)", "a)", "(a)"), or "•" for a bullet.</param>
/// <param name="Text">The text after the marker.</param>
internal sealed record ListMarker(int Indent, string Label, string Text)
{
    private static readonly Regex Pattern = new(
        @"^(?<indent> *)(?<marker>[-*+•–]|\d{1,9}[.)]|(?:[ivx]{2,5}|[a-zåäö])\)|\((?:\d{1,3}|[ivx]{2,5}|[a-zåäö])\))(?:[ \t]+(?<text>.*))?$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Whether the marker may start a list right after a line of running text: a bullet or a first
    /// ordinal ("1)", "a)", "(i)"). A later ordinal at the start of a wrapped line ("2026. vuonna") is text.
    /// </summary>
    public bool CanInterruptParagraph => Label == "•" || Label.Trim('(', ')', '.') is "1" or "a" or "i";

    /// <summary>Reads the marker of <paramref name="line"/>; null when the line is not a list item.</summary>
    public static ListMarker? Match(string line)
    {
        var match = Pattern.Match(line);
        if (!match.Success) return null;
        var marker = match.Groups["marker"].Value;
        var label = marker is "-" or "*" or "+" or "•" or "–" ? "•" : marker;
        return new ListMarker(match.Groups["indent"].Value.Length, label, match.Groups["text"].Value.Trim());
    }
}

/// <summary>Turns indentation into list nesting levels: deeper indentation than the open item nests, shallower closes.</summary>
internal sealed class ListNesting
{
    private readonly List<int> _indents = [];

    /// <summary>Whether a list is open.</summary>
    public bool IsOpen => _indents.Count > 0;

    /// <summary>The level (0 = top) of an item whose marker stands at <paramref name="indent"/>.</summary>
    public int LevelOf(int indent)
    {
        while (_indents.Count > 0 && indent < _indents[^1]) _indents.RemoveAt(_indents.Count - 1);
        if (_indents.Count == 0 || indent > _indents[^1]) _indents.Add(indent);
        return _indents.Count - 1;
    }

    /// <summary>Ends the list.</summary>
    public void Close() => _indents.Clear();
}
