using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Turns a paragraph and its extracted text into a <see cref="RawBlock"/>: the outline level from the
/// paragraph or its style chain, and the list label computed from numbering. Every numbered paragraph
/// advances its list's counters, even an empty one, as Word counts it.
/// </summary>
internal sealed partial class ParagraphClassifier(StyleCatalog styles, ListNumbering numbering)
{
    /// <summary>The block for a paragraph, or null when it holds no visible text.</summary>
    public RawBlock? Classify(XElement paragraph, string text)
    {
        var properties = paragraph.ChildW("pPr");
        var styleId = styles.EffectiveStyleId(properties?.ChildVal("pStyle"));
        var outlineLevel = StyleCatalog.OutlineLevelFrom(properties?.ChildW("outlineLvl")) is { } direct
            ? (direct == 0 ? null : direct)
            : styles.OutlineLevel(styleId);
        var list = ListOf(properties?.ChildW("numPr"), styleId);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (list is not { Label.Length: > 0 } item || (outlineLevel is not null && item.Label == "•"))
            return new RawBlock { Kind = BlockKind.Paragraph, Text = text, OutlineLevel = outlineLevel };
        // A numbered heading ("3 luku", "12 §" from a list definition) keeps its number in the text,
        // where the structure builder reads headings from.
        if (outlineLevel is not null || StructuralLabel().IsMatch(item.Label))
            return new RawBlock { Kind = BlockKind.Paragraph, Text = $"{item.Label.Trim()} {text}", OutlineLevel = outlineLevel };
        return new RawBlock { Kind = BlockKind.ListItem, Text = text, ListLabel = item.Label.Trim(), ListLevel = item.Level };
    }

    private (string Label, int Level)? ListOf(XElement? numPr, string? styleId)
    {
        var styleList = styles.Numbering(styleId);
        var numId = numPr?.ChildVal("numId") ?? styleList?.NumId;
        if (numId is null or "0") return null;
        var ilvl = numPr?.ChildW("ilvl")?.IntAttr("val") ?? (numId == styleList?.NumId ? styleList?.Ilvl : null);
        return numbering.Next(numId, ilvl, styleId);
    }

    [GeneratedRegex(@"§|\b(luku|osa|kap\.?|kapitel|kapitlet|chapter|part)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StructuralLabel();
}
