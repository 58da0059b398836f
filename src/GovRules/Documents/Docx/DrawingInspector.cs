using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Looks inside a w:drawing, w:pict or w:object: counts pictures, free shapes and connectors, notes
/// SmartArt references and collects text-box contents to be read as paragraphs.
/// </summary>
internal static class DrawingInspector
{
    private static readonly HashSet<string> VmlShapes = ["shape", "rect", "roundrect", "oval", "arc", "curve", "polyline"];

    /// <summary>Inspects a drawing element; text boxes found are added to <paramref name="textBoxes"/>.</summary>
    public static void Inspect(XElement element, WalkState state, int paragraph, List<XElement> textBoxes)
    {
        if (element.Is(Ox.Mc, "AlternateContent"))
        {
            if (element.ChosenBranch() is { } branch)
                foreach (var child in branch.Elements()) Inspect(child, state, paragraph, textBoxes);
            return;
        }
        if (element.Is(Ox.Dgm, "relIds")) { state.DiagramRefs.Add((element, paragraph)); return; }
        if (element.Is(Ox.Pic, "pic") || element.Is(Ox.Vml, "imagedata")) { state.Pictures++; return; }
        if (element.IsW("txbxContent")) { textBoxes.Add(element); return; }
        if (element.Is(Ox.Wps, "wsp"))
        {
            if (IsConnector(element)) state.Connectors++;
            else state.Shapes++;
        }
        else if (element.Is(Ox.Vml, "line")) state.Connectors++;
        else if (element.Name.NamespaceName == Ox.Vml && VmlShapes.Contains(element.Name.LocalName) && !HasImage(element)) state.Shapes++;
        foreach (var child in element.Elements()) Inspect(child, state, paragraph, textBoxes);
    }

    private static bool IsConnector(XElement shape) =>
        shape.Elements().Any(c => c.Is(Ox.Wps, "cNvCnPr")) ||
        shape.Descendants().Any(d => d.Is(Ox.A, "prstGeom") && d.Attr("prst") is { } prst &&
            (prst == "line" || prst.Contains("Connector", StringComparison.Ordinal)));

    private static bool HasImage(XElement shape) => shape.Elements().Any(c => c.Is(Ox.Vml, "imagedata"));
}
