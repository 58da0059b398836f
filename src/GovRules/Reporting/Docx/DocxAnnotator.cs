using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Rules;
using static GovRules.Reporting.Docx.WordXml;

namespace GovRules.Reporting.Docx;

/// <summary>
/// Writes a copy of a Word draft with one review comment per finding, authored "GovRules" (GR). GovRules'
/// own earlier comments are replaced; everyone else's comments, replies, resolved states and tracked
/// changes stay as they were. The input is never modified; the output appears whole or not at all.
/// </summary>
internal static class DocxAnnotator
{
    /// <summary>Annotates <paramref name="inputPath"/> with the findings of <paramref name="report"/> into <paramref name="outputPath"/>; returns the number of comments written.</summary>
    /// <exception cref="DocumentRejectedException">The input cannot be read, or is not a Transitional Word document.</exception>
    /// <exception cref="ArgumentException">The output is the input, or the report was made from other content.</exception>
    public static int Annotate(string inputPath, DocumentReport report, string outputPath, ChangeView view, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.Equals(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
            throw new ArgumentException($"{outputPath}: the annotated copy must not overwrite the draft itself; choose another file name.", nameof(outputPath));
        var bytes = ReadInput(inputPath);
        var document = DocumentReader.Read(new MemoryStream(bytes, writable: false), inputPath, new ReadOptions { Changes = view });
        if (document.Format is not (SourceFormat.Docx or SourceFormat.Docm))
            throw new DocumentRejectedException(inputPath, RejectionReason.UnsupportedFormat,
                $"{inputPath}: only a Word draft (.docx, .docm) can be annotated with comments; use --format md or html for other drafts.");
        if (!string.Equals(report.Sha256, document.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{inputPath}: the report was made from other content (SHA-256 {report.Sha256}); check the draft again before annotating it.", nameof(report));

        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        int written;
        using (var package = WordprocessingDocument.Open(buffer, true, new OpenSettings { AutoSave = false }))
            written = AnnotatePackage(package, document, report, inputPath, language);
        AtomicBytes.Write(outputPath, buffer.ToArray());
        return written;
    }

    private static int AnnotatePackage(WordprocessingDocument package, GovDocument document, DocumentReport report, string sourceName, TextLanguage language)
    {
        var main = package.MainDocumentPart!;
        var xml = Load(main) ?? throw new DocumentRejectedException(sourceName, RejectionReason.NoMainDocument, $"{sourceName}: the main document part is empty.");
        if (xml.Root is not { } root || root.Name.Namespace != W)
            throw new DocumentRejectedException(sourceName, RejectionReason.UnsupportedFormat,
                $"{sourceName}: this is an ISO Strict Open XML document, which GovRules reads but cannot annotate; save it in Word as \"Word Document (*.docx)\" and annotate that.");
        if (root.Element(W + "body") is not { } body)
            throw new DocumentRejectedException(sourceName, RejectionReason.NoMainDocument, $"{sourceName}: the document has no body to comment on.");

        var store = new CommentStore(main);
        var removed = store.RemoveOwn();
        CommentMarkers.Remove(root, removed);
        RemoveMarkersElsewhere(main, removed);

        var anchors = BlockSources.Map(main, body, document, sourceName);
        var placed = report.Results.SelectMany(r => r.Findings)
            .Select(f => (Finding: f, Anchor: AnchorOf(f, document, anchors)))
            .Select((p, order) => (p.Finding, p.Anchor.Index, p.Anchor.Paragraph, Order: order))
            .OrderBy(p => p.Index).ThenBy(p => p.Finding.RuleId, StringComparer.Ordinal).ThenBy(p => p.Order)
            .ToList();
        var nextId = Math.Max(store.MaxId, CommentMarkers.MaxAnnotationId(root)) + 1;
        foreach (var (finding, _, paragraph, _) in placed)
        {
            var target = paragraph ?? DocumentStart(body);
            store.Add(nextId, CommentContent.Paragraphs(finding, language));
            CommentMarkers.Wrap(target, nextId);
            nextId++;
        }
        store.Save();
        if (removed.Count > 0 || placed.Count > 0) WordXml.Save(main, xml);
        return placed.Count;
    }

    // Index -1 sorts the document-level comments first.
    private static (int Index, XElement? Paragraph) AnchorOf(Finding finding, GovDocument document, IReadOnlyList<XElement?> anchors)
    {
        var index = CommentPlacement.BlockIndex(finding, document);
        if (index is { } i && anchors[i] is { } paragraph) return (i, paragraph);
        return (-1, null);
    }

    private static XElement DocumentStart(XElement body)
    {
        if (body.Descendants(W + "p").FirstOrDefault() is { } first) return first;
        var paragraph = new XElement(W + "p");
        body.AddFirst(paragraph);
        return paragraph;
    }

    // Only GovRules' comments are removed, and they only ever stand in the body; but a draft edited in
    // Word may have had a commented passage copied into a note, a header or a footer.
    private static void RemoveMarkersElsewhere(MainDocumentPart main, IReadOnlySet<int> ids)
    {
        if (ids.Count == 0) return;
        IEnumerable<OpenXmlPart?> parts = [.. main.HeaderParts, .. main.FooterParts, main.FootnotesPart, main.EndnotesPart];
        foreach (var part in parts.OfType<OpenXmlPart>())
        {
            if (Load(part) is { Root: { } partRoot } partXml && CommentMarkers.Remove(partRoot, ids))
                WordXml.Save(part, partXml);
        }
    }

    private static byte[] ReadInput(string path)
    {
        // A missing file or a folder is refused by the reader, in its words.
        if (!File.Exists(path)) DocumentReader.Read(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentRejectedException(path, RejectionReason.NotFound,
                $"{path}: the file cannot be read ({e.Message}); check its permissions.", e);
        }
    }
}
