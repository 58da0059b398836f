using System.IO.Compression;

namespace GovRules.Documents.Docx;

/// <summary>
/// Checks a Word package's bytes before the Open XML SDK sees them: recognises legacy and encrypted
/// OLE files, enforces the zip-bomb caps while inflating every entry, verifies CRCs, refuses any XML
/// part that declares a DTD and any malformed package XML. The parts GovRules reads are checked for
/// well-formedness and nesting depth when they are loaded (<see cref="PartXmlLoader"/>).
/// </summary>
internal static class PackageGuard
{
    /// <summary>Throws a <see cref="DocumentRejectedException"/> unless the bytes are a zip package safe to open.</summary>
    public static void Check(byte[] bytes, string name)
    {
        if (FileSniffer.IsOle(bytes))
            throw FileSniffer.IsEncryptedOoxml(bytes) ? PackageRejections.Encrypted(name) : PackageRejections.LegacyDoc(name);
        if (!FileSniffer.IsZip(bytes))
            throw PackageRejections.NotZip(name, FileSniffer.Describe(bytes));

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw PackageRejections.CorruptZip(name, "the zip directory cannot be read", e);
        }
        using (archive)
        {
            CheckDeclaredSizes(archive, name);
            if (IsOpenDocument(archive)) throw PackageRejections.OpenDocument(name);
            long total = 0;
            foreach (var entry in archive.Entries)
                total += CheckEntry(entry, name, total);
        }
    }

    // An OpenDocument package starts with a stored "mimetype" entry naming its type.
    private static bool IsOpenDocument(ZipArchive archive)
    {
        if (archive.GetEntry("mimetype") is not { Length: > 0 and < 256 } entry) return false;
        try
        {
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd().StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static void CheckDeclaredSizes(ZipArchive archive, string name)
    {
        if (archive.Entries.Count > PackageLimits.MaxEntries)
            throw PackageRejections.TooLarge(name, $"{archive.Entries.Count} zip entries, at most {PackageLimits.MaxEntries} allowed");
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            CheckSize(name, entry.FullName, entry.Length, entry.CompressedLength);
            declared += entry.Length;
            if (declared > PackageLimits.MaxTotalUncompressedBytes)
                throw PackageRejections.TooLarge(name, $"declares more than {PackageLimits.MaxTotalUncompressedBytes / (1024 * 1024)} MiB uncompressed");
        }
    }

    private static void CheckSize(string name, string entryName, long inflated, long compressed)
    {
        if (inflated > PackageLimits.MaxEntryUncompressedBytes)
            throw PackageRejections.TooLarge(name, $"{entryName} inflates past {PackageLimits.MaxEntryUncompressedBytes / (1024 * 1024)} MiB");
        if (inflated > PackageLimits.RatioCheckThresholdBytes && inflated > Math.Max(compressed, 1) * PackageLimits.MaxCompressionRatio)
            throw PackageRejections.TooLarge(name, $"{entryName} is compressed more than {PackageLimits.MaxCompressionRatio}:1");
    }

    /// <summary>Inflates one entry under the caps (declared sizes can lie) and returns its real size.</summary>
    private static long CheckEntry(ZipArchiveEntry entry, string name, long inflatedSoFar)
    {
        var isXml = XmlPartCheck.IsXmlPart(entry.FullName);
        using var xmlBytes = isXml ? new MemoryStream() : null;
        var crc = new Crc32();
        long size = 0;
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += read;
                CheckSize(name, entry.FullName, size, entry.CompressedLength);
                if (inflatedSoFar + size > PackageLimits.MaxTotalUncompressedBytes)
                    throw PackageRejections.TooLarge(name, $"inflates past {PackageLimits.MaxTotalUncompressedBytes / (1024 * 1024)} MiB");
                crc.Append(buffer.AsSpan(0, read));
                xmlBytes?.Write(buffer, 0, read);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw PackageRejections.CorruptZip(name, $"{entry.FullName} cannot be inflated", e);
        }
        if (crc.Value != entry.Crc32)
            throw PackageRejections.CorruptZip(name, $"{entry.FullName} fails its CRC check");
        if (xmlBytes is not null)
            XmlPartCheck.Check(xmlBytes.GetBuffer().AsSpan(0, (int)xmlBytes.Length), entry.FullName, name);
        return size;
    }
}
