using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Walks the body's block-level content in order into <see cref="RawBlock"/>s: paragraphs (with heading
/// levels and list labels), tables, content controls and the paragraphs of text boxes right after the
/// paragraph that anchors them. A paragraph whose mark does not exist in the chosen view (inserted, when
/// reading the original; deleted, when accepting) merges into the next paragraph, as in Word.
/// </summary>
internal sealed class BodyWalker
{
    private readonly WalkState _state;
    private readonly ParagraphClassifier _classifier;
    private readonly InlineWalker _inline;
    private readonly List<RawBlock> _body = [];
    private string _carried = "";

    /// <summary>The state shared by everything read from this body.</summary>
    internal WalkState State => _state;

    public BodyWalker(WalkState state, ParagraphClassifier classifier)
    {
        _state = state;
        _classifier = classifier;
        _inline = new InlineWalker(state);
    }

    /// <summary>Reads the w:body element into blocks.</summary>
    public IReadOnlyList<RawBlock> Walk(XElement body)
    {
        foreach (var element in body.Elements()) Add(element);
        return Finish();
    }

    /// <summary>Reads the next child of w:body (streaming: the caller hands them over in order, then calls <see cref="Finish"/>).</summary>
    public void Add(XElement bodyChild) => _carried = WalkBlock(bodyChild, _body, _carried, depth: 0);

    /// <summary>The blocks of the body whose children were given to <see cref="Add"/>.</summary>
    public IReadOnlyList<RawBlock> Finish()
    {
        Flush(_carried, _body);
        _carried = "";
        return _body;
    }

    private void WalkBlocks(IEnumerable<XElement> elements, List<RawBlock> output, int depth)
    {
        var carried = "";
        foreach (var element in elements)
            carried = WalkBlock(element, output, carried, depth);
        Flush(carried, output);
    }

    private string WalkBlock(XElement element, List<RawBlock> output, string carried, int depth)
    {
        if (element.Is(Ox.Mc, "AlternateContent"))
        {
            foreach (var child in element.ChosenBranch()?.Elements() ?? Enumerable.Empty<XElement>())
                carried = WalkBlock(child, output, carried, depth);
            return carried;
        }
        if (element.Name.NamespaceName != Ox.W) return carried;
        switch (element.Name.LocalName)
        {
            case "p":
                return Paragraph(element, output, carried, depth);
            case "tbl":
                Flush(carried, output);
                output.Add(new TableReader(this).Read(element, depth));
                return "";
            case "sdt":
                foreach (var child in element.ChildW("sdtContent")?.Elements() ?? Enumerable.Empty<XElement>())
                    carried = WalkBlock(child, output, carried, depth);
                return carried;
            case "customXml" or "ins" or "moveTo":
                foreach (var child in element.Elements()) carried = WalkBlock(child, output, carried, depth);
                return carried;
            default:
                return carried;
        }
    }

    private string Paragraph(XElement paragraph, List<RawBlock> output, string carried, int depth)
    {
        var (text, textBoxes) = _inline.Read(paragraph, _body.Count + 1);
        text = carried + text;
        var markProperties = paragraph.ChildW("pPr")?.ChildW("rPr");
        var markInserted = markProperties?.ChildW("ins") is not null || markProperties?.ChildW("moveTo") is not null;
        var markDeleted = markProperties?.ChildW("del") is not null || markProperties?.ChildW("moveFrom") is not null;
        if (markInserted || markDeleted) _state.HasTrackedChanges = true;
        var markGone = _state.View == ChangeView.Accept ? markDeleted : markInserted;
        if (!markGone && _classifier.Classify(paragraph, text) is { } block) output.Add(block);
        ReadTextBoxes(textBoxes, output, depth);
        return markGone ? text : "";
    }

    private void ReadTextBoxes(IReadOnlyList<XElement> textBoxes, List<RawBlock> output, int depth)
    {
        if (depth >= PackageLimits.MaxXmlDepth) return;
        foreach (var textBox in textBoxes) WalkBlocks(textBox.Elements(), output, depth + 1);
    }

    private void Flush(string carried, List<RawBlock> output)
    {
        if (!string.IsNullOrWhiteSpace(carried)) output.Add(new RawBlock { Kind = BlockKind.Paragraph, Text = carried });
    }

    /// <summary>Reads the blocks of a table cell or text box into a separate list (for flattening into cell text).</summary>
    internal List<RawBlock> ReadNested(IEnumerable<XElement> elements, int depth)
    {
        var blocks = new List<RawBlock>();
        if (depth < PackageLimits.MaxXmlDepth) WalkBlocks(elements, blocks, depth + 1);
        return blocks;
    }
}
