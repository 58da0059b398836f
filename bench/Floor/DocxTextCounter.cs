using System.IO.Compression;
using System.Xml;

namespace GovRules.Bench.Floor;

/// <summary>
/// The least work any .docx reader must do: open the zip, inflate word/document.xml and stream it with an
/// XmlReader, counting the characters inside w:t elements. No styles, numbering, structure or allocation per node.
/// </summary>
internal static class DocxTextCounter
{
    private const string WordprocessingMl = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static long CountTextCharacters(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("word/document.xml")
            ?? throw new InvalidDataException($"{path}: no word/document.xml; not a Word document.");
        using var stream = entry.Open();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        var textElement = reader.NameTable.Add("t");
        var wordNamespace = reader.NameTable.Add(WordprocessingMl);
        long characters = 0;
        var inText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    inText = !reader.IsEmptyElement
                        && ReferenceEquals(reader.LocalName, textElement)
                        && ReferenceEquals(reader.NamespaceURI, wordNamespace);
                    break;
                case XmlNodeType.EndElement:
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    characters += reader.Value.Length;
                    break;
            }
        }
        return characters;
    }
}
