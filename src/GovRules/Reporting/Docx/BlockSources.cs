using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using GovRules.Documents;
using GovRules.Documents.Docx;
using GovRules.Documents.Structure;

namespace GovRules.Reporting.Docx;

/// <summary>
/// Maps each block of a <see cref="GovDocument"/> (its 1-based <see cref="SourceLocation.Paragraph"/>)
/// back to the Word body paragraph it was read from, so a finding's comment lands where the finding is.
/// </summary>
internal static class BlockSources
{
    /// <summary>
    /// The anchor paragraph of every block of <paramref name="document"/>, by block index; null where
    /// none was found. <paramref name="body"/> is the w:body of the same bytes the document was read from.
    /// </summary>
    public static IReadOnlyList<XElement?> Map(MainDocumentPart main, XElement body, GovDocument document, string sourceName)
    {
        var styles = new StyleCatalog(DocxParts.LoadRoot(main.StyleDefinitionsPart, sourceName)
            ?? DocxParts.LoadRoot(main.StylesWithEffectsPart, sourceName));
        var numbering = new ListNumbering(new ListDefinitions(DocxParts.LoadRoot(main.NumberingDefinitionsPart, sourceName)), styles);
        var walked = new SourcedBodyWalker(new WalkState(document.View), new ParagraphClassifier(styles, numbering)).Walk(body);
        return Align(walked, document.Blocks);
    }

    /// <summary>
    /// Pairs the walked blocks with the document's blocks the way the structure builder derives one from
    /// the other: blocks whose cleaned text is empty are dropped, and a bare heading ("3 luku") takes the
    /// next line as its title, so it consumes two walked blocks.
    /// </summary>
    internal static IReadOnlyList<XElement?> Align(IReadOnlyList<SourcedBlock> walked, IReadOnlyList<Block> blocks)
    {
        var anchors = new XElement?[blocks.Count];
        var next = 0;
        for (var k = 0; k < blocks.Count; k++)
        {
            if (NextKept(walked, ref next) is not { } kept) break;
            anchors[k] = kept.Source.Anchor;
            if (!string.Equals(kept.Text, blocks[k].Text, StringComparison.Ordinal)) NextKept(walked, ref next);
        }
        return anchors;
    }

    private static (SourcedBlock Source, string Text)? NextKept(IReadOnlyList<SourcedBlock> walked, ref int next)
    {
        while (next < walked.Count)
        {
            var source = walked[next++];
            if (HeadingClassifier.Classify([source.Raw]) is [var classified]) return (source, classified.Text);
        }
        return null;
    }
}
