using System.Text;

namespace GovRules.Documents.Docx;

/// <summary>Recognises what a file that is not a zip package is, from its first bytes, to say so in the refusal.</summary>
internal static class FileSniffer
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Whether the bytes start like a zip archive (local file header or an empty archive's end record).</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' &&
        ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8));

    /// <summary>Whether the bytes are an OLE compound file (legacy .doc or an encrypted OOXML container).</summary>
    public static bool IsOle(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleMagic);

    /// <summary>
    /// Whether an OLE compound file holds an encrypted OOXML package. Directory entry names are UTF-16LE,
    /// so the stream names Office writes for encryption can be found without parsing the directory.
    /// </summary>
    public static bool IsEncryptedOoxml(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0 ||
        bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    /// <summary>A short description of what a non-zip file looks like, for the refusal message.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith(@"{\rtf", StringComparison.Ordinal)) return "it looks like an RTF file";
        if (head.StartsWith("%PDF", StringComparison.Ordinal)) return "it looks like a PDF file";
        if (head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
            head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return "it looks like an HTML page";
        if (head.Contains("office:document", StringComparison.Ordinal))
            return "it looks like a flat OpenDocument text (.fodt); in LibreOffice use File › Save As › Word 2007–365 (.docx)";
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
            return head.Contains("pkg:package", StringComparison.Ordinal) || head.Contains("w:wordDocument", StringComparison.Ordinal)
                ? "it looks like a Word XML file (Flat OPC or Word 2003 XML)"
                : "it looks like an XML file";
        if (bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K') return "it is not a complete zip archive";
        return "it does not start like a zip archive";
    }
}
