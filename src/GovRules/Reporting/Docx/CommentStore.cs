using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using static GovRules.Reporting.Docx.WordXml;

namespace GovRules.Reporting.Docx;

/// <summary>
/// The comments part and its companions (commentsExtended, commentsIds, commentsExtensible): removes
/// GovRules' own earlier comments with every trace of them, adds new ones, and leaves everyone else's
/// comments, replies and resolved states as they were.
/// </summary>
internal sealed class CommentStore(MainDocumentPart main)
{
    private XDocument? _comments = Load(main.WordprocessingCommentsPart);
    private bool _changed;

    /// <summary>The largest comment id in the comments part, or -1.</summary>
    public int MaxId => _comments?.Root is { } root ? CommentMarkers.MaxAnnotationId(root) : -1;

    /// <summary>Removes GovRules' own comments and their entries in the companion parts; returns their ids.</summary>
    public IReadOnlySet<int> RemoveOwn()
    {
        var own = _comments?.Root?.Elements(W + "comment").Where(IsOwn).ToList() ?? [];
        if (own.Count == 0) return new HashSet<int>();
        var ids = own.Select(Id).OfType<int>().ToHashSet();
        var paraIds = own.SelectMany(c => c.Descendants(W + "p"))
            .Select(p => (string?)p.Attribute(W14 + "paraId")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in own) comment.Remove();
        _changed = true;
        if (paraIds.Count > 0) RemoveCompanions(paraIds);
        return ids;
    }

    /// <summary>Adds a GovRules comment with one paragraph per entry of <paramref name="paragraphs"/>.</summary>
    public void Add(int id, IReadOnlyList<string> paragraphs)
    {
        _comments ??= new XDocument(new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName)));
        var comment = new XElement(W + "comment",
            new XAttribute(W + "id", id.ToString(CultureInfo.InvariantCulture)),
            new XAttribute(W + "author", CommentContent.Author),
            new XAttribute(W + "initials", CommentContent.Initials));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = new XElement(W + "p");
            if (i == 0) paragraph.Add(new XElement(W + "r", new XElement(W + "annotationRef")));
            paragraph.Add(new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), paragraphs[i])));
            comment.Add(paragraph);
        }
        _comments.Root!.Add(comment);
        _changed = true;
    }

    /// <summary>Writes the comments part back when it changed, creating it when the draft had none.</summary>
    public void Save()
    {
        if (!_changed || _comments is null) return;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        WordXml.Save(part, _comments);
    }

    private static bool IsOwn(XElement comment) =>
        (string?)comment.Attribute(W + "author") == CommentContent.Author
        && comment.Elements(W + "p").FirstOrDefault() is { } first
        && CommentContent.RuleIdOf(Text(first)) is not null;

    // Word links a comment to its companions by the w14:paraId of its paragraphs (and commentsIds to
    // commentsExtensible by durableId). A human reply to a removed comment stays, as a comment of its own.
    private void RemoveCompanions(HashSet<string> paraIds)
    {
        if (main.WordprocessingCommentsExPart is { } exPart && Load(exPart) is { Root: { } ex } exXml)
        {
            ex.Elements(W15 + "commentEx").Where(e => paraIds.Contains((string?)e.Attribute(W15 + "paraId") ?? "")).Remove();
            ex.Elements(W15 + "commentEx").Attributes(W15 + "paraIdParent").Where(a => paraIds.Contains(a.Value)).Remove();
            WordXml.Save(exPart, exXml);
        }
        var durableIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (main.WordprocessingCommentsIdsPart is { } idsPart && Load(idsPart) is { Root: { } idRoot } idsXml)
        {
            var gone = idRoot.Elements(W16Cid + "commentId").Where(e => paraIds.Contains((string?)e.Attribute(W16Cid + "paraId") ?? "")).ToList();
            durableIds.UnionWith(gone.Select(e => (string?)e.Attribute(W16Cid + "durableId")).OfType<string>());
            gone.Remove();
            WordXml.Save(idsPart, idsXml);
        }
        if (durableIds.Count > 0 && main.WordCommentsExtensiblePart is { } cexPart && Load(cexPart) is { Root: { } cex } cexXml)
        {
            cex.Elements(W16Cex + "commentExtensible").Where(e => durableIds.Contains((string?)e.Attribute(W16Cex + "durableId") ?? "")).Remove();
            WordXml.Save(cexPart, cexXml);
        }
    }
}
