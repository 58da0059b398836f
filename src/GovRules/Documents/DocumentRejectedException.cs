namespace GovRules.Documents;

/// <summary>Why a document was refused.</summary>
public enum RejectionReason
{
    /// <summary>The file does not exist.</summary>
    NotFound,

    /// <summary>The path names a directory.</summary>
    IsDirectory,

    /// <summary>The file is empty (zero bytes).</summary>
    Empty,

    /// <summary>A legacy binary Word file (.doc, OLE compound file).</summary>
    LegacyDoc,

    /// <summary>A password-protected or encrypted document.</summary>
    Encrypted,

    /// <summary>Not a zip package at all (and not a format GovRules reads).</summary>
    NotZip,

    /// <summary>A zip package that is truncated or corrupt.</summary>
    CorruptZip,

    /// <summary>A valid package with no WordprocessingML main document part.</summary>
    NoMainDocument,

    /// <summary>An XML part that is not well-formed.</summary>
    MalformedXml,

    /// <summary>An XML part with a DTD or entity declaration (never resolved or fetched).</summary>
    Dtd,

    /// <summary>A package whose entries would decompress past the safety caps (a zip bomb).</summary>
    TooLarge,

    /// <summary>A file type GovRules does not read.</summary>
    UnsupportedFormat,

    /// <summary>A zip package that breaks the Office packaging rules (dangling relationships, invalid content types).</summary>
    InvalidPackage,
}

/// <summary>
/// Thrown when a document cannot be read. <see cref="Exception.Message"/> is one line that names the
/// file, says what it is and what to do; the CLI prints it as it is and exits with code 2.
/// </summary>
public sealed class DocumentRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentRejectedException(string sourceName, RejectionReason reason, string message, Exception? inner = null)
        : base(message, inner)
    {
        SourceName = sourceName;
        Reason = reason;
    }

    /// <summary>Creates the exception with an empty source name (for serializers and analyzers).</summary>
    public DocumentRejectedException() : this("", RejectionReason.UnsupportedFormat, "The document was refused.") { }

    /// <summary>Creates the exception with a message only.</summary>
    public DocumentRejectedException(string message) : this("", RejectionReason.UnsupportedFormat, message) { }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public DocumentRejectedException(string message, Exception innerException)
        : this("", RejectionReason.UnsupportedFormat, message, innerException) { }

    /// <summary>The file (or stream name) that was refused.</summary>
    public string SourceName { get; }

    /// <summary>Why it was refused.</summary>
    public RejectionReason Reason { get; }
}
