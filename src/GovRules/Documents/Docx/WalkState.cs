using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>What walking the body gathers besides blocks: tracked-change presence, drawings, open fields.</summary>
internal sealed class WalkState(ChangeView view)
{
    private readonly List<bool> _fieldsInInstruction = [];

    /// <summary>The view of tracked changes being read.</summary>
    public ChangeView View { get; } = view;

    /// <summary>Whether any insertion, deletion or move was seen.</summary>
    public bool HasTrackedChanges { get; set; }

    /// <summary>Pictures seen outside SmartArt.</summary>
    public int Pictures { get; set; }

    /// <summary>Free shapes seen outside SmartArt.</summary>
    public int Shapes { get; set; }

    /// <summary>Connectors and lines seen outside SmartArt.</summary>
    public int Connectors { get; set; }

    /// <summary>The dgm:relIds elements found, with the body ordinal of the block they stand in.</summary>
    public List<(XElement RelIds, int Paragraph)> DiagramRefs { get; } = [];

    /// <summary>Whether text now belongs to a field instruction (hidden) rather than a field result.</summary>
    public bool InFieldInstruction => _fieldsInInstruction.Contains(true);

    /// <summary>Follows a w:fldChar: begin opens a field in its instruction, separate switches to its result, end closes it.</summary>
    public void FieldChar(string? type)
    {
        switch (type)
        {
            case "begin": _fieldsInInstruction.Add(true); break;
            case "separate" when _fieldsInInstruction.Count > 0: _fieldsInInstruction[^1] = false; break;
            case "end" when _fieldsInInstruction.Count > 0: _fieldsInInstruction.RemoveAt(_fieldsInInstruction.Count - 1); break;
        }
    }

    /// <summary>
    /// At a paragraph's end, drops fields still in their instruction: an instruction never spans
    /// paragraphs, so an unterminated one must not hide the rest of the document.
    /// </summary>
    public void EndParagraph()
    {
        while (_fieldsInInstruction.Count > 0 && _fieldsInInstruction[^1]) _fieldsInInstruction.RemoveAt(_fieldsInInstruction.Count - 1);
    }
}
