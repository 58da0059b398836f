using System.IO.Compression;
using System.Text;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Builds small Word packages in code for edge cases the corpus does not cover.</summary>
internal static class TestPackages
{
    public const string WordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
        "</Types>";

    private const string PackageRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "</Relationships>";

    private const string DocumentRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>" +
        "</Relationships>";

    /// <summary>A .docx whose body is <paramref name="bodyXml"/>, with optional w:styles and w:numbering content.</summary>
    public static byte[] Docx(string bodyXml, string stylesXml = "", string numberingXml = "") => Zip(new Dictionary<string, string>
    {
        ["[Content_Types].xml"] = ContentTypes,
        ["_rels/.rels"] = PackageRelationships,
        ["word/_rels/document.xml.rels"] = DocumentRelationships,
        ["word/document.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {WordNamespaces}><w:body>{bodyXml}</w:body></w:document>",
        ["word/styles.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles {WordNamespaces}>{stylesXml}</w:styles>",
        ["word/numbering.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering {WordNamespaces}>{numberingXml}</w:numbering>",
    });

    /// <summary>A .docx whose word/document.xml is exactly <paramref name="documentXml"/>.</summary>
    public static byte[] DocxWithDocumentXml(string documentXml) => Zip(new Dictionary<string, string>
    {
        ["[Content_Types].xml"] = ContentTypes,
        ["_rels/.rels"] = PackageRelationships,
        ["word/document.xml"] = documentXml,
    });

    /// <summary>A zip with the given text entries, deflated.</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, string> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A paragraph with one run of text, optionally styled.</summary>
    public static string Paragraph(string text, string? style = null) =>
        $"<w:p>{(style is null ? "" : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>")}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";
}
