namespace GovRules.Documents.Docx;

/// <summary>
/// The safety caps a Word package must stay within before any XML is parsed. Documented in
/// docs/document-model.md ("Safety limits"); a real hallintosääntö is far below every one of them.
/// </summary>
internal static class PackageLimits
{
    /// <summary>At most this many entries in the zip.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>At most this many bytes once every entry is inflated (declared and actual).</summary>
    public const long MaxTotalUncompressedBytes = 512L * 1024 * 1024;

    /// <summary>At most this many bytes for a single inflated entry (declared and actual).</summary>
    public const long MaxEntryUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>An entry inflating past <see cref="RatioCheckThresholdBytes"/> may not exceed this ratio to its compressed size.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Small entries are exempt from the ratio check: highly repetitive XML compresses well.</summary>
    public const long RatioCheckThresholdBytes = 1024L * 1024;

    /// <summary>XML elements nested deeper than this are refused (defends the recursive readers).</summary>
    public const int MaxXmlDepth = 256;
}
