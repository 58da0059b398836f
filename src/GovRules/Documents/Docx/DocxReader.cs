using DocumentFormat.OpenXml.Packaging;

namespace GovRules.Documents.Docx;

/// <summary>
/// Reads a .docx/.docm into a <see cref="RawDocument"/>: guards the package, opens it read-only,
/// walks the body in order and gathers SmartArt data and drawing counts. Every failure becomes a
/// <see cref="DocumentRejectedException"/>; macros are never run or loaded.
/// </summary>
internal static class DocxReader
{
    /// <summary>Reads the package bytes in the given view of tracked changes.</summary>
    /// <exception cref="DocumentRejectedException">The package is not a readable, safe Word document.</exception>
    public static RawDocument Read(byte[] bytes, string sourceName, SourceFormat format, ChangeView view)
    {
        try
        {
            PackageGuard.Check(bytes, sourceName);
            using var package = DocxParts.Open(bytes, sourceName);
            return ReadPackage(package, sourceName, format, view);
        }
        catch (DocumentRejectedException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw PackageRejections.InvalidPackage(sourceName, e.Message, e);
        }
    }

    private static RawDocument ReadPackage(WordprocessingDocument package, string sourceName, SourceFormat format, ChangeView view)
    {
        var main = package.MainDocumentPart
            ?? throw PackageRejections.NoMainDocument(sourceName, "no main document part");
        if (!IsWordMainPart(main.ContentType))
            throw PackageRejections.NoMainDocument(sourceName, $"its main part is {main.ContentType}");
        var styles = new StyleCatalog(DocxParts.LoadRoot(main.StyleDefinitionsPart, sourceName)
            ?? DocxParts.LoadRoot(main.StylesWithEffectsPart, sourceName));
        var numbering = new ListNumbering(new ListDefinitions(DocxParts.LoadRoot(main.NumberingDefinitionsPart, sourceName)), styles);
        var state = new WalkState(view);
        var walker = new BodyWalker(state, new ParagraphClassifier(styles, numbering));
        // The body is walked while it is read, one top-level paragraph or table at a time: a long draft's body is never held whole.
        _ = DocxParts.LoadRoot(main, sourceName, walker.Add)
            ?? throw PackageRejections.NoMainDocument(sourceName, "the main part is empty");
        var blocks = walker.Finish();

        var diagrams = state.DiagramRefs
            .Select(d => DiagramReader.Read(main, d.RelIds, d.Paragraph, sourceName))
            .OfType<DiagramData>().ToList();
        var warnings = new List<string>();
        if (format == SourceFormat.Docm || main.VbaProjectPart is not null || main.ContentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            warnings.Add($"{sourceName}: macro-enabled document: macros were not run; only the text was read");

        return new RawDocument
        {
            Blocks = blocks,
            Warnings = warnings,
            HasTrackedChanges = state.HasTrackedChanges,
            Diagrams = diagrams,
            Drawings = new DrawingSummary(state.Pictures, state.Shapes, state.Connectors),
        };
    }

    private static bool IsWordMainPart(string contentType) =>
        contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase) ||
        contentType.Contains("ms-word", StringComparison.OrdinalIgnoreCase);
}
