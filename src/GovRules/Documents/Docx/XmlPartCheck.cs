using System.Text;
using System.Xml;

namespace GovRules.Documents.Docx;

/// <summary>Checks one XML part's raw bytes for a DTD or entity declaration; the package's own XML also for well-formedness and depth.</summary>
internal static class XmlPartCheck
{
    private static readonly byte[] DoctypeMarker = Encoding.ASCII.GetBytes("<!DOCTYPE");
    private static readonly byte[] EntityMarker = Encoding.ASCII.GetBytes("<!ENTITY");

    /// <summary>Whether a zip entry holds XML the reader or the SDK may parse.</summary>
    public static bool IsXmlPart(string entryName) =>
        entryName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ||
        entryName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ||
        entryName.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Throws a <see cref="DocumentRejectedException"/> when a part declares a DTD or entities. The
    /// package's own XML ([Content_Types].xml, relationships) is also parsed here, so a broken one is
    /// named; the parts GovRules reads are parsed (and depth-checked) once, when they are loaded.
    /// </summary>
    public static void Check(ReadOnlySpan<byte> xml, string partName, string name)
    {
        if (xml.IsEmpty) return;
        if (xml.IndexOf(DoctypeMarker) >= 0 || xml.IndexOf(EntityMarker) >= 0)
            throw PackageRejections.Dtd(name, partName);
        if (!IsPackageXml(partName)) return;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml.ToArray(), writable: false), settings);
            while (reader.Read())
            {
                if (reader.Depth > PackageLimits.MaxXmlDepth)
                    throw PackageRejections.TooLarge(name, $"{partName} nests XML elements deeper than {PackageLimits.MaxXmlDepth} levels");
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw PackageRejections.Dtd(name, partName);
        }
        catch (XmlException e)
        {
            throw PackageRejections.MalformedXml(name, partName, e.Message, e);
        }
    }

    private static bool IsPackageXml(string partName) =>
        partName == "[Content_Types].xml" || partName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
