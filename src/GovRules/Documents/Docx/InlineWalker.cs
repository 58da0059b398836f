using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Extracts a paragraph's text faithfully in the chosen view of tracked changes: runs, hyperlinks,
/// content controls, field results (never instructions), breaks as "\n", tabs as "\t", soft hyphens as
/// U+00AD. Drawings are inspected on the way; their text boxes are returned for the caller to read.
/// </summary>
internal sealed class InlineWalker(WalkState state)
{
    private readonly StringBuilder _text = new();
    private readonly List<XElement> _textBoxes = [];
    private int _paragraph;

    /// <summary>The text of the paragraph and the text boxes anchored in it.</summary>
    public (string Text, IReadOnlyList<XElement> TextBoxes) Read(XElement paragraph, int bodyOrdinal)
    {
        _text.Clear();
        _textBoxes.Clear();
        _paragraph = bodyOrdinal;
        foreach (var child in paragraph.Elements()) Visit(child);
        state.EndParagraph();
        return (_text.ToString(), _textBoxes.ToList());
    }

    private void Visit(XElement element)
    {
        if (element.Name.NamespaceName == Ox.M) { AppendMath(element); return; }
        if (element.Is(Ox.Mc, "AlternateContent"))
        {
            if (element.ChosenBranch() is { } branch) foreach (var child in branch.Elements()) Visit(child);
            return;
        }
        if (element.Name.NamespaceName != Ox.W) return;
        switch (element.Name.LocalName)
        {
            case "r":
                foreach (var child in element.Elements()) VisitRunContent(child);
                break;
            case "ins" or "moveTo":
                state.HasTrackedChanges = true;
                if (state.View == ChangeView.Accept) VisitChildren(element);
                break;
            case "del" or "moveFrom":
                state.HasTrackedChanges = true;
                if (state.View == ChangeView.Original) VisitChildren(element);
                break;
            case "hyperlink" or "fldSimple" or "smartTag" or "customXml" or "sdt" or "sdtContent" or "dir" or "bdo":
                VisitChildren(element);
                break;
        }
    }

    private void VisitChildren(XElement element)
    {
        foreach (var child in element.Elements()) Visit(child);
    }

    private void VisitRunContent(XElement element)
    {
        if (element.Is(Ox.Mc, "AlternateContent"))
        {
            if (element.ChosenBranch() is { } branch) foreach (var child in branch.Elements()) VisitRunContent(child);
            return;
        }
        if (element.Name.NamespaceName != Ox.W) return;
        switch (element.Name.LocalName)
        {
            case "t" or "delText":
                if (!state.InFieldInstruction) _text.Append(element.Value);
                break;
            case "tab" or "ptab": Append("\t"); break;
            case "br" or "cr": Append("\n"); break;
            case "softHyphen": Append("\u00AD"); break;
            case "noBreakHyphen": Append("-"); break;
            case "sym": AppendSymbol(element); break;
            case "fldChar": state.FieldChar(element.Attr("fldCharType")); break;
            case "drawing" or "pict" or "object":
                DrawingInspector.Inspect(element, state, _paragraph, _textBoxes);
                break;
        }
    }

    private void Append(string text)
    {
        if (!state.InFieldInstruction) _text.Append(text);
    }

    // Symbol-font characters live in the private use area and mean nothing as text; others are kept.
    private void AppendSymbol(XElement symbol)
    {
        if (int.TryParse(symbol.Attr("char"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) &&
            code is > 0x1F and < 0xD800)
            Append(char.ConvertFromUtf32(code));
    }

    private void AppendMath(XElement element)
    {
        if (element.Name.LocalName == "t") { Append(element.Value); return; }
        foreach (var child in element.Elements())
        {
            if (child.Name.NamespaceName == Ox.M) AppendMath(child);
            else if (child.IsW("r")) VisitRunContent(child);
        }
    }
}
