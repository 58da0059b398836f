using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>The paragraph styles of a document: outline levels and list numbering through the basedOn chain.</summary>
internal sealed partial class StyleCatalog
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, ParagraphStyle> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultStyleId;
    private readonly Dictionary<string, int?> _outlineLevels = new(StringComparer.Ordinal);

    private sealed record ParagraphStyle(string Id, string? Name, string? BasedOn, int? OutlineLevel, string? NumId, int? Ilvl);

    /// <summary>An empty catalog, for documents without a styles part.</summary>
    public StyleCatalog() { }

    /// <summary>Reads the w:styles root element.</summary>
    public StyleCatalog(XElement? stylesRoot)
    {
        if (stylesRoot is null) return;
        foreach (var style in stylesRoot.Elements().Where(e => e.IsW("style")))
        {
            if (style.Attr("type") is not (null or "paragraph" or "numbering")) continue;
            var id = style.Attr("styleId");
            if (id is null) continue;
            var pPr = style.ChildW("pPr");
            var numPr = pPr?.ChildW("numPr");
            _styles[id] = new ParagraphStyle(id, style.ChildVal("name"), style.ChildVal("basedOn"),
                OutlineLevelFrom(pPr?.ChildW("outlineLvl")), numPr?.ChildVal("numId"), numPr?.ChildW("ilvl")?.IntAttr("val"));
            if (style.Attr("default") is "1" or "true" or "on") _defaultStyleId = id;
        }
    }

    /// <summary>The style a paragraph uses: its w:pStyle, else the default paragraph style.</summary>
    public string? EffectiveStyleId(string? pStyle) => pStyle ?? _defaultStyleId;

    /// <summary>The heading level (1 = top) a style gives, from w:outlineLvl in its chain or a heading style name.</summary>
    public int? OutlineLevel(string? styleId)
    {
        if (styleId is null) return null;
        if (!_outlineLevels.TryGetValue(styleId, out var level))
            _outlineLevels[styleId] = level = ResolveOutlineLevel(styleId);
        return level;
    }

    private int? ResolveOutlineLevel(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.OutlineLevel is { } explicitLevel) return explicitLevel == 0 ? null : explicitLevel;
            if ((HeadingLevelFromName(style.Id) ?? HeadingLevelFromName(style.Name)) is { } named) return named;
        }
        return null;
    }

    /// <summary>The list a style attaches (numId and level), nearest in the basedOn chain.</summary>
    public (string NumId, int? Ilvl)? Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
            if (style.NumId is not null) return (style.NumId, style.Ilvl);
        return null;
    }

    /// <summary>A direct or style w:outlineLvl as a 1-based level; 0 for "body text" (level 9); null when absent.</summary>
    public static int? OutlineLevelFrom(XElement? outlineLvl) =>
        outlineLvl?.IntAttr("val") is { } value ? (value is >= 0 and <= 8 ? value + 1 : 0) : null;

    /// <summary>The level a style name or id implies: "heading 2", "Heading2", "Otsikko 1", "Rubrik1", "Überschrift 3", "Title".</summary>
    public static int? HeadingLevelFromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var compact = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (compact is "title" or "titel" or "titre" or "otsikko" or "rubrik" or "otsikkotitle") return 1;
        var match = HeadingName().Match(compact);
        return match.Success ? match.Groups[1].Value[0] - '0' : null;
    }

    private IEnumerable<ParagraphStyle> Chain(string? styleId)
    {
        var seen = 0;
        while (styleId is not null && seen++ < MaxChain && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn;
        }
    }

    [GeneratedRegex(@"^(?:heading|otsikko|rubrik|überschrift|uberschrift|titre|titolo|encabezado|kop|overskrift|nagłówek)([1-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
