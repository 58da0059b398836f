namespace GovRules.Documents;

// SCAFFOLD — replaced by the docx reader work. Not to be committed as is.
internal static class DocxReader
{
    public static RawDocument Read(byte[] bytes, string sourceName, SourceFormat format, ChangeView view) =>
        throw new DocumentRejectedException(sourceName, RejectionReason.UnsupportedFormat, $"{sourceName}: .docx reading is not built yet.");
}
