using System.Xml.Linq;
using GovRules.Documents;
using GovRules.Documents.Docx;

namespace GovRules.Reporting.Docx;

/// <summary>A block as the docx reader emits it, with the body paragraph a comment on it is anchored to (null when there is none).</summary>
internal sealed record SourcedBlock(RawBlock Raw, XElement? Anchor);

/// <summary>
/// Walks a w:body exactly as <see cref="BodyWalker"/> does — the same paragraph classifier, inline
/// walker and table reader, called in the same order so list counters and field state advance alike —
/// and remembers for each block the element it came from. A table is anchored at its first paragraph;
/// a text-box paragraph at the body paragraph holding the text box; text carried over a deleted
/// paragraph mark at the paragraph that receives it.
/// </summary>
internal sealed class SourcedBodyWalker
{
    private readonly WalkState _state;
    private readonly ParagraphClassifier _classifier;
    private readonly InlineWalker _inline;
    private readonly TableReader _tables;
    private readonly List<SourcedBlock> _body = [];

    public SourcedBodyWalker(WalkState state, ParagraphClassifier classifier)
    {
        _state = state;
        _classifier = classifier;
        _inline = new InlineWalker(state);
        _tables = new TableReader(new BodyWalker(state, classifier));
    }

    /// <summary>The blocks of the body in the reader's order.</summary>
    public IReadOnlyList<SourcedBlock> Walk(XElement body)
    {
        WalkBlocks(body.Elements(), host: null, depth: 0);
        return _body;
    }

    private readonly record struct Carried(string Text, XElement? From)
    {
        public static Carried None => new("", null);
    }

    private void WalkBlocks(IEnumerable<XElement> elements, XElement? host, int depth)
    {
        var carried = Carried.None;
        foreach (var element in elements)
            carried = WalkBlock(element, carried, host, depth);
        Flush(carried, host);
    }

    private Carried WalkBlock(XElement element, Carried carried, XElement? host, int depth)
    {
        if (element.Is(Ox.Mc, "AlternateContent"))
        {
            foreach (var child in element.ChosenBranch()?.Elements() ?? Enumerable.Empty<XElement>())
                carried = WalkBlock(child, carried, host, depth);
            return carried;
        }
        if (element.Name.NamespaceName != Ox.W) return carried;
        switch (element.Name.LocalName)
        {
            case "p":
                return Paragraph(element, carried, host, depth);
            case "tbl":
                Flush(carried, host);
                _body.Add(new SourcedBlock(_tables.Read(element, depth), host ?? FirstParagraph(element)));
                return Carried.None;
            case "sdt":
                foreach (var child in element.ChildW("sdtContent")?.Elements() ?? Enumerable.Empty<XElement>())
                    carried = WalkBlock(child, carried, host, depth);
                return carried;
            case "customXml" or "ins" or "moveTo":
                foreach (var child in element.Elements()) carried = WalkBlock(child, carried, host, depth);
                return carried;
            default:
                return carried;
        }
    }

    private Carried Paragraph(XElement paragraph, Carried carried, XElement? host, int depth)
    {
        var (text, textBoxes) = _inline.Read(paragraph, _body.Count + 1);
        text = carried.Text + text;
        var markProperties = paragraph.ChildW("pPr")?.ChildW("rPr");
        var markInserted = markProperties?.ChildW("ins") is not null || markProperties?.ChildW("moveTo") is not null;
        var markDeleted = markProperties?.ChildW("del") is not null || markProperties?.ChildW("moveFrom") is not null;
        if (markInserted || markDeleted) _state.HasTrackedChanges = true;
        var markGone = _state.View == ChangeView.Accept ? markDeleted : markInserted;
        if (!markGone && _classifier.Classify(paragraph, text) is { } block) _body.Add(new SourcedBlock(block, host ?? paragraph));
        if (depth < PackageLimits.MaxXmlDepth)
            foreach (var textBox in textBoxes) WalkBlocks(textBox.Elements(), host ?? paragraph, depth + 1);
        return markGone ? new Carried(text, host ?? paragraph) : Carried.None;
    }

    private void Flush(Carried carried, XElement? host)
    {
        if (!string.IsNullOrWhiteSpace(carried.Text))
            _body.Add(new SourcedBlock(new RawBlock { Kind = BlockKind.Paragraph, Text = carried.Text }, carried.From ?? host));
    }

    // The first paragraph with text (a table often opens with an empty cell or a page break), else the
    // first one; never in a row that does not exist in the view being read.
    private XElement? FirstParagraph(XElement table)
    {
        var paragraphs = table.Descendants().Where(e => e.IsW("p") && !e.Ancestors().Any(RowGone)).ToList();
        return paragraphs.FirstOrDefault(p => p.Descendants().Any(t => t.IsW("t") && !string.IsNullOrWhiteSpace(t.Value)))
            ?? paragraphs.FirstOrDefault();
    }

    private bool RowGone(XElement element)
    {
        if (!element.IsW("tr") || element.ChildW("trPr") is not { } properties) return false;
        return _state.View == ChangeView.Accept ? properties.ChildW("del") is not null : properties.ChildW("ins") is not null;
    }
}
