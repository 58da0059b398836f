namespace GovRules.Documents;

/// <summary>
/// The data model of one SmartArt diagram as stored in its diagram data part, reduced to what an
/// org-chart reader needs. Kept free of OpenXml types so that OrgCharts/ never touches OpenXml.
/// </summary>
/// <param name="LayoutId">The layout's unique id (e.g. "urn:microsoft.com/office/officeart/2005/8/layout/orgChart1").</param>
/// <param name="Points">Every point of the data model.</param>
/// <param name="Connections">Every connection of the data model.</param>
/// <param name="Paragraph">The body ordinal of the paragraph that holds the diagram.</param>
internal sealed record DiagramData(
    string LayoutId,
    IReadOnlyList<DiagramPoint> Points,
    IReadOnlyList<DiagramConnection> Connections,
    int Paragraph);

/// <summary>A point of a SmartArt data model.</summary>
/// <param name="ModelId">The point's model id.</param>
/// <param name="Type">The point type: "node" (the default), "asst", "doc", "parTrans", "sibTrans" or "pres".</param>
/// <param name="Lines">The text of the point, one entry per paragraph of its text body.</param>
internal sealed record DiagramPoint(string ModelId, string Type, IReadOnlyList<string> Lines);

/// <summary>A connection of a SmartArt data model.</summary>
/// <param name="Type">The connection type: "parOf" (the default), "presOf", "presParOf", "unknownRelationship".</param>
/// <param name="SourceId">The source point's model id (the parent for parOf).</param>
/// <param name="DestinationId">The destination point's model id (the child for parOf).</param>
/// <param name="SourceOrder">The order of the child among its siblings (srcOrd).</param>
internal sealed record DiagramConnection(string Type, string SourceId, string DestinationId, int SourceOrder);

/// <summary>How many pictures, free shapes and connectors the document draws outside SmartArt.</summary>
internal sealed record DrawingSummary(int Pictures, int Shapes, int Connectors)
{
    /// <summary>A document that draws nothing.</summary>
    public static DrawingSummary None { get; } = new(0, 0, 0);
}
