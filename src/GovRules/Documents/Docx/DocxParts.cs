using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GovRules.Documents.Docx;

/// <summary>Opens a Word package read-only and loads part roots, mapping SDK failures to refusals that name the part.</summary>
internal static class DocxParts
{
    /// <summary>Opens the (already guarded) bytes read-only; nothing is ever written back.</summary>
    public static WordprocessingDocument Open(byte[] bytes, string sourceName)
    {
        var settings = new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = PackageLimits.MaxEntryUncompressedBytes,
        };
        try
        {
            return WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
        }
        catch (XmlException e)
        {
            throw PackageRejections.MalformedXml(sourceName, "[Content_Types].xml or a relationships part", e.Message, e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidOperationException or IOException or ArgumentException or UriFormatException)
        {
            throw PackageRejections.InvalidPackage(sourceName, e.Message, e);
        }
    }

    /// <summary>The root element of a part, Strict names translated; null when the part is absent.</summary>
    public static XElement? LoadRoot(OpenXmlPart? part, string sourceName) => LoadRoot(part, sourceName, null);

    /// <summary>
    /// Loads a part's root; with <paramref name="bodyChild"/>, every child of w:body goes to it (in Transitional names)
    /// as soon as it is read and is not kept in the returned tree.
    /// </summary>
    public static XElement? LoadRoot(OpenXmlPart? part, string sourceName, Action<XElement>? bodyChild)
    {
        if (part is null) return null;
        var partName = part.Uri.OriginalString.TrimStart('/');
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            Action<XElement>? translated = bodyChild is null ? null : child =>
            {
                StrictNamespaces.Translate(child);
                bodyChild(child);
            };
            var root = PartXmlLoader.Load(stream, partName, sourceName, translated);
            if (root is not null) StrictNamespaces.Translate(root);
            return root;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw PackageRejections.Dtd(sourceName, partName);
        }
        catch (XmlException e)
        {
            throw PackageRejections.MalformedXml(sourceName, partName, e.Message, e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OpenXmlPackageException)
        {
            throw PackageRejections.CorruptZip(sourceName, $"{partName} cannot be read", e);
        }
    }
}
