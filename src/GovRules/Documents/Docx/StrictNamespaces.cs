using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Maps ISO Strict OOXML namespaces to their Transitional twins, so one reader serves both. The SDK
/// translates Strict only in its typed DOM, not in the raw part streams GovRules reads.
/// </summary>
internal static class StrictNamespaces
{
    private static readonly Dictionary<string, string> ToTransitional = new(StringComparer.Ordinal)
    {
        ["http://purl.oclc.org/ooxml/wordprocessingml/main"] = Ox.W,
        ["http://purl.oclc.org/ooxml/officeDocument/relationships"] = Ox.R,
        ["http://purl.oclc.org/ooxml/officeDocument/math"] = Ox.M,
        ["http://purl.oclc.org/ooxml/drawingml/main"] = Ox.A,
        ["http://purl.oclc.org/ooxml/drawingml/diagram"] = Ox.Dgm,
        ["http://purl.oclc.org/ooxml/drawingml/picture"] = Ox.Pic,
        ["http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"] = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    };

    /// <summary>Rewrites Strict element and attribute names in place; a Transitional part is left as it is.</summary>
    public static void Translate(XElement root)
    {
        if (!root.Name.NamespaceName.StartsWith("http://purl.oclc.org/ooxml/", StringComparison.Ordinal)) return;
        foreach (var element in root.DescendantsAndSelf())
        {
            if (ToTransitional.TryGetValue(element.Name.NamespaceName, out var ns))
                element.Name = XName.Get(element.Name.LocalName, ns);
            if (!element.HasAttributes) continue;
            var attributes = element.Attributes().ToList();
            if (!attributes.Any(a => !a.IsNamespaceDeclaration && ToTransitional.ContainsKey(a.Name.NamespaceName))) continue;
            element.ReplaceAttributes(attributes.Where(a => !a.IsNamespaceDeclaration).Select(a =>
                ToTransitional.TryGetValue(a.Name.NamespaceName, out var attributeNs) ? new XAttribute(XName.Get(a.Name.LocalName, attributeNs), a.Value) : a));
        }
    }
}
