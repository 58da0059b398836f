namespace GovRules.Documents.Docx;

/// <summary>The one-line refusals of the Word reader: each names the file, says what it is and what to do.</summary>
internal static class PackageRejections
{
    public static DocumentRejectedException Encrypted(string name) => new(name, RejectionReason.Encrypted,
        $"{name}: the document is password-protected; remove the password in Word (File › Info › Protect Document) and save again.");

    public static DocumentRejectedException LegacyDoc(string name) => new(name, RejectionReason.LegacyDoc,
        $"{name}: this is a legacy .doc file (Word 97–2003 or older); open it in Word and save it as .docx.");

    public static DocumentRejectedException NotZip(string name, string lookslike) => new(name, RejectionReason.NotZip,
        $"{name}: this is not a Word .docx package ({lookslike}); save the draft from Word as .docx.");

    public static DocumentRejectedException OpenDocument(string name) => new(name, RejectionReason.UnsupportedFormat,
        $"{name}: this is an OpenDocument text (.odt), not a Word document; in LibreOffice use File › Save As › Word 2007–365 (.docx).");

    public static DocumentRejectedException CorruptZip(string name, string detail, Exception? inner = null) => new(name, RejectionReason.CorruptZip,
        $"{name}: the .docx package is damaged ({detail}); save the draft again from Word or restore a good copy.", inner);

    public static DocumentRejectedException TooLarge(string name, string detail) => new(name, RejectionReason.TooLarge,
        $"{name}: the package exceeds the reader's safety limits ({detail}); this is not a normal Word document — check where it came from.");

    public static DocumentRejectedException NoMainDocument(string name, string detail) => new(name, RejectionReason.NoMainDocument,
        $"{name}: the package has no Word document body ({detail}); open the draft in Word and save it as .docx.");

    public static DocumentRejectedException MalformedXml(string name, string part, string detail, Exception? inner = null) => new(name, RejectionReason.MalformedXml,
        $"{name}: the part {part} is not well-formed XML ({OneLine(detail)}); open the draft in Word and save it again.", inner);

    public static DocumentRejectedException Dtd(string name, string part) => new(name, RejectionReason.Dtd,
        $"{name}: the part {part} declares a DTD or entities, which Word never writes and GovRules never resolves; save the draft again from Word.");

    public static DocumentRejectedException InvalidPackage(string name, string detail, Exception? inner = null) => new(name, RejectionReason.InvalidPackage,
        $"{name}: the .docx package breaks the Office packaging rules ({OneLine(detail)}); open the draft in Word and save it again.", inner);

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
