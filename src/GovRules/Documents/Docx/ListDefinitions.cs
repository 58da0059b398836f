using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>One level of a list definition (w:lvl).</summary>
internal sealed record ListLevel(int Start, string? NumFmt, string? LvlText, int? Restart, bool IsLegal, string? PStyle);

/// <summary>A w:num: which abstract list it uses and its per-level start overrides and level overrides.</summary>
internal sealed record ListInstance(string AbstractId, IReadOnlyDictionary<int, int> StartOverrides, IReadOnlyDictionary<int, ListLevel> LevelOverrides);

/// <summary>The parsed numbering part: abstract lists (w:abstractNum) and list instances (w:num).</summary>
internal sealed class ListDefinitions
{
    private readonly Dictionary<string, Dictionary<int, ListLevel>> _abstracts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _abstractStyleLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListInstance> _instances = new(StringComparer.Ordinal);

    /// <summary>Reads the w:numbering root element (null when the document has no numbering part).</summary>
    public ListDefinitions(XElement? numberingRoot)
    {
        if (numberingRoot is null) return;
        foreach (var element in numberingRoot.Elements())
        {
            if (element.IsW("abstractNum") && element.Attr("abstractNumId") is { } abstractId)
            {
                _abstracts[abstractId] = element.Elements().Where(e => e.IsW("lvl"))
                    .Select(e => (Index: e.IntAttr("ilvl") ?? 0, Level: ReadLevel(e)))
                    .GroupBy(l => l.Index).ToDictionary(g => g.Key, g => g.First().Level);
                if (element.ChildVal("numStyleLink") is { } link) _abstractStyleLinks[abstractId] = link;
            }
            else if (element.IsW("num") && element.Attr("numId") is { } numId && element.ChildVal("abstractNumId") is { } target)
            {
                var starts = new Dictionary<int, int>();
                var levels = new Dictionary<int, ListLevel>();
                foreach (var lvlOverride in element.Elements().Where(e => e.IsW("lvlOverride")))
                {
                    var index = lvlOverride.IntAttr("ilvl") ?? 0;
                    if (lvlOverride.ChildW("startOverride")?.IntAttr("val") is { } start) starts[index] = start;
                    if (lvlOverride.ChildW("lvl") is { } lvl) levels[index] = ReadLevel(lvl);
                }
                _instances[numId] = new ListInstance(target, starts, levels);
            }
        }
    }

    /// <summary>The list instance for a numId, or null (numId "0" means "no numbering").</summary>
    public ListInstance? Instance(string numId) => _instances.GetValueOrDefault(numId);

    /// <summary>
    /// The levels of an abstract list; an abstract list that only links to a numbering style
    /// (w:numStyleLink) takes the levels of the list that style attaches.
    /// </summary>
    public IReadOnlyDictionary<int, ListLevel> Levels(string abstractId, StyleCatalog styles)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            if (!_abstractStyleLinks.TryGetValue(abstractId, out var styleLink)) break;
            if (styles.Numbering(styleLink) is not { } linked || Instance(linked.NumId) is not { } instance) break;
            if (instance.AbstractId == abstractId) break;
            abstractId = instance.AbstractId;
        }
        return _abstracts.TryGetValue(abstractId, out var levels) ? levels : new Dictionary<int, ListLevel>();
    }

    private static ListLevel ReadLevel(XElement lvl) => new(
        lvl.ChildW("start")?.IntAttr("val") ?? 0,
        lvl.ChildVal("numFmt"),
        lvl.ChildVal("lvlText"),
        lvl.ChildW("lvlRestart")?.IntAttr("val"),
        lvl.ChildW("isLgl").IsOn(),
        lvl.ChildVal("pStyle"));
}
