using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>Namespace-aware helpers over part XML (Strict parts are translated to these namespaces on load).</summary>
internal static class Ox
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    public const string Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    public const string Vml = "urn:schemas-microsoft-com:vml";

    /// <summary>Whether the element is the WordprocessingML element with this local name.</summary>
    public static bool IsW(this XElement e, string localName) => e.Name.LocalName == localName && e.Name.NamespaceName == W;

    /// <summary>Whether the element has this namespace and local name.</summary>
    public static bool Is(this XElement e, string ns, string localName) => e.Name.LocalName == localName && e.Name.NamespaceName == ns;

    /// <summary>The first child that is the WordprocessingML element with this local name.</summary>
    public static XElement? ChildW(this XElement e, string localName)
    {
        foreach (var child in e.Elements())
            if (child.IsW(localName)) return child;
        return null;
    }

    /// <summary>The value of the attribute with this local name (any namespace), or null.</summary>
    public static string? Attr(this XElement e, string localName)
    {
        foreach (var attribute in e.Attributes())
            if (attribute.Name.LocalName == localName && !attribute.IsNamespaceDeclaration) return attribute.Value;
        return null;
    }

    /// <summary>The attribute as an integer, or null when absent or not a number.</summary>
    public static int? IntAttr(this XElement e, string localName) =>
        int.TryParse(e.Attr(localName), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The w:val of a child such as w:pStyle or w:ilvl, or null.</summary>
    public static string? ChildVal(this XElement e, string localName) => e.ChildW(localName)?.Attr("val");

    /// <summary>
    /// Whether an on/off property (w:isLgl, w:b …) is on: present with no value, or a value other than false/0/off.
    /// </summary>
    public static bool IsOn(this XElement? e) =>
        e is not null && e.Attr("val") is not ("false" or "0" or "off");

    /// <summary>The branch of an mc:AlternateContent to read: the first Choice, else the Fallback; never both.</summary>
    public static XElement? ChosenBranch(this XElement alternateContent)
    {
        XElement? fallback = null;
        foreach (var child in alternateContent.Elements())
        {
            if (child.Name.NamespaceName != Mc) continue;
            if (child.Name.LocalName == "Choice") return child;
            if (child.Name.LocalName == "Fallback") fallback = child;
        }
        return fallback;
    }
}
