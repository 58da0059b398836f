using System.Globalization;
using System.Xml.Linq;
using static GovRules.Reporting.Docx.WordXml;

namespace GovRules.Reporting.Docx;

/// <summary>The marks a comment leaves in the text: w:commentRangeStart, w:commentRangeEnd and the run holding w:commentReference.</summary>
internal static class CommentMarkers
{
    /// <summary>Anchors comment <paramref name="id"/> on the whole of <paramref name="paragraph"/>, its reference mark at the paragraph's end.</summary>
    public static void Wrap(XElement paragraph, int id)
    {
        var value = id.ToString(CultureInfo.InvariantCulture);
        var start = new XElement(W + "commentRangeStart", new XAttribute(W + "id", value));
        if (paragraph.Element(W + "pPr") is { } properties) properties.AddAfterSelf(start);
        else paragraph.AddFirst(start);
        paragraph.Add(
            new XElement(W + "commentRangeEnd", new XAttribute(W + "id", value)),
            new XElement(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", value))));
    }

    /// <summary>Removes the marks of the comments <paramref name="ids"/>; a run left with nothing but its properties goes too. Returns whether anything changed.</summary>
    public static bool Remove(XElement root, IReadOnlySet<int> ids)
    {
        if (ids.Count == 0) return false;
        var marks = root.Descendants()
            .Where(e => e.Name == W + "commentRangeStart" || e.Name == W + "commentRangeEnd" || e.Name == W + "commentReference")
            .Where(e => Id(e) is { } id && ids.Contains(id))
            .ToList();
        foreach (var mark in marks)
        {
            var run = mark.Parent;
            mark.Remove();
            if (run is not null && run.Name == W + "r" && run.Elements().All(e => e.Name == W + "rPr")) run.Remove();
        }
        return marks.Count > 0;
    }

    /// <summary>The largest w:id of any annotation (comments, bookmarks, revisions) in <paramref name="root"/>, or -1.</summary>
    public static int MaxAnnotationId(XElement root) =>
        root.DescendantsAndSelf().Select(Id).Max() ?? -1;
}
