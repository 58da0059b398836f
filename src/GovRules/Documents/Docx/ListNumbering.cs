using System.Text;

namespace GovRules.Documents.Docx;

/// <summary>
/// Computes the visible label of each numbered paragraph in body order, as Word does: counters per
/// abstract list, restarts from w:startOverride on a list instance's first use, deeper levels reset when
/// a shallower one advances (unless w:lvlRestart says otherwise), w:lvlText placeholders and w:isLgl.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;
    private readonly ListDefinitions _definitions;
    private readonly StyleCatalog _styles;
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedInstances = new(StringComparer.Ordinal);

    public ListNumbering(ListDefinitions definitions, StyleCatalog styles)
    {
        _definitions = definitions;
        _styles = styles;
    }

    /// <summary>
    /// Advances the counters for a paragraph with this numbering and returns its label and level;
    /// null when the paragraph is not numbered (numId 0, an unknown list or an undefined level).
    /// </summary>
    public (string Label, int Level)? Next(string numId, int? ilvl, string? styleId)
    {
        if (_definitions.Instance(numId) is not { } instance) return null;
        var levels = _definitions.Levels(instance.AbstractId, _styles);
        var level = Math.Clamp(ilvl ?? LevelOfStyle(levels, styleId), 0, Levels - 1);
        ListLevel? Definition(int index) =>
            instance.LevelOverrides.TryGetValue(index, out var overridden) ? overridden : levels.GetValueOrDefault(index);
        if (Definition(level) is not { } definition) return null;

        if (!_counters.TryGetValue(instance.AbstractId, out var counters))
            _counters[instance.AbstractId] = counters = new int?[Levels];
        if (_usedInstances.Add(numId))
            foreach (var restarted in instance.StartOverrides.Keys.Where(k => k is >= 0 and < Levels))
                counters[restarted] = null;

        int StartOf(int index) => instance.StartOverrides.TryGetValue(index, out var start) ? start : Definition(index)?.Start ?? 0;
        counters[level] = counters[level] is { } current ? current + 1 : StartOf(level);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restartAfter = Definition(deeper)?.Restart ?? deeper;
            if (restartAfter != 0 && level + 1 <= restartAfter) counters[deeper] = null;
        }

        if (definition.NumFmt == "bullet") return ("•", level);
        var label = new StringBuilder();
        var text = definition.LvlText ?? "";
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var index = text[++i] - '1';
                var value = counters[index] ?? StartOf(index);
                var format = definition.IsLegal ? "decimal" : Definition(index)?.NumFmt;
                label.Append(NumberFormat.Format(value, format));
            }
            else
            {
                label.Append(text[i]);
            }
        }
        return (label.ToString(), level);
    }

    private static int LevelOfStyle(IReadOnlyDictionary<int, ListLevel> levels, string? styleId) =>
        styleId is null ? 0 : levels.FirstOrDefault(l => l.Value.PStyle == styleId).Key;
}
