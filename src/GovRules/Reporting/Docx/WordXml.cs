using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GovRules.Reporting.Docx;

/// <summary>Loads and saves part XML for editing: whitespace kept, DTDs refused, nothing else touched.</summary>
internal static class WordXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    public static readonly XNamespace W16Cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
    public static readonly XNamespace W16Cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>The part's XML, or null when the part is absent or empty.</summary>
    public static XDocument? Load(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        if (stream.Length == 0) return null;
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>Replaces the part's content with <paramref name="xml"/>.</summary>
    public static void Save(OpenXmlPart part, XDocument xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Declaration ??= new XDeclaration("1.0", "UTF-8", "yes");
        xml.Save(stream, SaveOptions.DisableFormatting);
    }

    /// <summary>The text of a paragraph's w:t elements, in order.</summary>
    public static string Text(XElement paragraph) =>
        string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));

    /// <summary>The w:id of an annotation element as a number, or null.</summary>
    public static int? Id(XElement element) =>
        int.TryParse((string?)element.Attribute(W + "id"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
