using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GovRules.Documents.Docx;

/// <summary>Reads a SmartArt diagram's data model (points, connections, layout id) into <see cref="DiagramData"/>.</summary>
internal static class DiagramReader
{
    /// <summary>The diagram a dgm:relIds element points to; null when its data part is missing.</summary>
    public static DiagramData? Read(OpenXmlPart host, XElement relIds, int paragraph, string sourceName)
    {
        if (PartById(host, relIds.Attr("dm")) is not { } dataPart) return null;
        var dataModel = DocxParts.LoadRoot(dataPart, sourceName);
        if (dataModel is null) return null;
        var layoutId = LayoutUniqueId(PartById(host, relIds.Attr("lo")), sourceName) ?? LayoutReference(dataModel) ?? "";
        var points = Children(dataModel, "ptLst", "pt").Select(pt => new DiagramPoint(
            pt.Attr("modelId") ?? "",
            pt.Attr("type") ?? "node",
            Lines(pt))).ToList();
        var connections = Children(dataModel, "cxnLst", "cxn").Select(cxn => new DiagramConnection(
            cxn.Attr("type") ?? "parOf",
            cxn.Attr("srcId") ?? "",
            cxn.Attr("destId") ?? "",
            cxn.IntAttr("srcOrd") ?? 0)).ToList();
        return new DiagramData(layoutId, points, connections, paragraph);
    }

    private static OpenXmlPart? PartById(OpenXmlPart host, string? relationshipId) =>
        relationshipId is null ? null : host.Parts.FirstOrDefault(p => p.RelationshipId == relationshipId)?.OpenXmlPart;

    private static string? LayoutUniqueId(OpenXmlPart? layoutPart, string sourceName) =>
        layoutPart is null ? null : DocxParts.LoadRoot(layoutPart, sourceName)?.Attr("uniqueId") is { Length: > 0 } id ? id : null;

    // The data model's document point names its layout in prSet/@loTypeId.
    private static string? LayoutReference(XElement dataModel) =>
        Children(dataModel, "ptLst", "pt").Where(pt => pt.Attr("type") == "doc")
            .Select(pt => pt.Elements().FirstOrDefault(c => c.Is(Ox.Dgm, "prSet"))?.Attr("loTypeId"))
            .FirstOrDefault(id => !string.IsNullOrEmpty(id));

    private static IEnumerable<XElement> Children(XElement root, string listName, string itemName) =>
        root.Elements().Where(c => c.Is(Ox.Dgm, listName))
            .SelectMany(list => list.Elements().Where(c => c.Is(Ox.Dgm, itemName)));

    // One line per a:p of the point's text body; a:br inside a paragraph is a line break too. Empty lines are dropped.
    private static List<string> Lines(XElement point)
    {
        var textBody = point.Elements().FirstOrDefault(c => c.Is(Ox.Dgm, "t"));
        if (textBody is null) return [];
        return textBody.Elements().Where(c => c.Is(Ox.A, "p"))
            .Select(p => string.Concat(p.Descendants().Select(d => d.Is(Ox.A, "t") ? d.Value : d.Is(Ox.A, "br") ? "\n" : "")))
            .SelectMany(text => text.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
    }
}
