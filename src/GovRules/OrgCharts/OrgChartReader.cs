using GovRules.Documents;

namespace GovRules.OrgCharts;

/// <summary>
/// Reads organisation charts: from a YAML file (.yaml, .yml), or from a document (.docx, .md, …) that is
/// a chart or holds one as an appendix under a heading "Organisaatiokaavio" — as a SmartArt organisation
/// chart or hierarchy, a nested list, or a table "Yksikkö | Ylempi yksikkö | Johtaja".
/// </summary>
public static class OrgChartReader
{
    private const long MaxYamlBytes = 4 * 1024 * 1024;
    private static readonly string[] PictureExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".tif", ".tiff", ".emf", ".wmf", ".pdf"];

    /// <summary>Every chart in the file at <paramref name="path"/>, in order (a document may hold several SmartArt charts).</summary>
    /// <exception cref="OrgChartRejectedException">The file holds no chart in a supported form, or the chart is not a tree.</exception>
    /// <exception cref="DocumentRejectedException">The file is missing, empty or a document that cannot be read.</exception>
    public static IReadOnlyList<OrgChart> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (PictureExtensions.Contains(extension))
            throw OrgChartRejectedException.Create(path, OrgChartRejectionReason.Picture,
                "this is a picture of a chart, which GovRules cannot read as a tree");
        if (extension is ".yaml" or ".yml") return FromYaml(ReadYamlText(path), path);
        return FromDocument(DocumentReader.Read(path));
    }

    /// <summary>The first chart in the file at <paramref name="path"/> (the one rules use unless told otherwise).</summary>
    /// <exception cref="OrgChartRejectedException">The file holds no chart in a supported form, or the chart is not a tree.</exception>
    /// <exception cref="DocumentRejectedException">The file is missing, empty or a document that cannot be read.</exception>
    public static OrgChart ReadFirst(string path) => Read(path)[0];

    /// <summary>
    /// The charts in a document already read: the appendix under a heading containing "Organisaatiokaavio",
    /// or — when the document is only a chart — its SmartArt, table or list.
    /// </summary>
    /// <exception cref="OrgChartRejectedException">The document holds no chart in a supported form, or the chart is not a tree.</exception>
    public static IReadOnlyList<OrgChart> FromDocument(GovDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentChartFinder.Find(document);
    }

    /// <summary>Charts from YAML text (e.g. a rule example's <c>org:</c>); <paramref name="sourceName"/> names it in messages.</summary>
    internal static IReadOnlyList<OrgChart> FromYaml(string yaml, string sourceName) => YamlChartReader.Read(yaml, sourceName);

    private static string ReadYamlText(string path)
    {
        if (Directory.Exists(path))
            throw new DocumentRejectedException(path, RejectionReason.IsDirectory,
                $"{path}: this is a directory, not a chart; give the path of a .yaml, .docx or .md file.");
        if (!File.Exists(path))
            throw new DocumentRejectedException(path, RejectionReason.NotFound, $"{path}: no such file; check the path.");
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
                throw new DocumentRejectedException(path, RejectionReason.Empty, $"{path}: the file is empty (0 bytes); write the chart as described in docs/org-charts.md.");
            if (length > MaxYamlBytes)
                throw new DocumentRejectedException(path, RejectionReason.TooLarge, $"{path}: the chart file is larger than 4 MB; an organisation chart is far smaller — check the file.");
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentRejectedException(path, RejectionReason.NotFound, $"{path}: the file cannot be read ({e.Message}); check its permissions.", e);
        }
    }
}
