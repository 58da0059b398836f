using System.Xml;
using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Builds a part's element tree in one pass with a depth cap (the readers walk the tree recursively),
/// DTDs prohibited and no resolver; keeps only the whitespace that is text.
/// </summary>
internal static class PartXmlLoader
{
    private const string StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element, or null for an empty part.</summary>
    /// <exception cref="XmlException">The XML is not well-formed or declares a DTD.</exception>
    /// <exception cref="DocumentRejectedException">The elements nest deeper than <see cref="PackageLimits.MaxXmlDepth"/>.</exception>
    public static XElement? Load(Stream stream, string partName, string sourceName) => Load(stream, partName, sourceName, null);

    /// <summary>
    /// As <see cref="Load(Stream, string, string)"/>, but each child of w:body is handed to <paramref name="bodyChild"/>
    /// as soon as it is complete and then dropped from the tree, so a long document's body is never held whole.
    /// </summary>
    public static XElement? Load(Stream stream, string partName, string sourceName, Action<XElement>? bodyChild)
    {
        using var reader = XmlReader.Create(stream, Settings);
        XElement? root = null;
        var open = new Stack<XElement>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    while (reader.MoveToNextAttribute())
                        if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                            element.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
                    reader.MoveToElement();
                    if (open.Count == 0) root ??= element;
                    else open.Peek().Add(element);
                    if (reader.IsEmptyElement)
                    {
                        if (bodyChild is not null && IsBody(open)) Hand(element, bodyChild);
                        break;
                    }
                    open.Push(element);
                    if (open.Count > PackageLimits.MaxXmlDepth)
                        throw PackageRejections.TooLarge(sourceName, $"{partName} nests XML elements deeper than {PackageLimits.MaxXmlDepth} levels");
                    break;
                case XmlNodeType.EndElement:
                    var closed = open.Pop();
                    if (bodyChild is not null && IsBody(open)) Hand(closed, bodyChild);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    if (open.Count > 0) open.Peek().Add(new XText(reader.Value));
                    break;
                case XmlNodeType.Whitespace when open.Count > 0 && open.Peek().Name.LocalName is "t" or "delText":
                    open.Peek().Add(new XText(reader.Value));
                    break;
            }
        }
        return root;
    }

    // w:document/w:body, in either namespace (Transitional or Strict).
    private static bool IsBody(Stack<XElement> open) =>
        open.Count == 2 && open.Peek().Name.LocalName == "body" && open.Peek().Name.NamespaceName is Ox.W or StrictW;

    private static void Hand(XElement child, Action<XElement> bodyChild)
    {
        bodyChild(child);
        child.Remove();
    }
}
