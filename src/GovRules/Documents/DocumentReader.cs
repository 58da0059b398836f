using System.Security.Cryptography;
using GovRules.Documents.Docx;

namespace GovRules.Documents;

/// <summary>
/// Reads a hallintosääntö draft (.docx, .docm, .md, .txt) into a <see cref="GovDocument"/>.
/// Refuses what it cannot read with a <see cref="DocumentRejectedException"/>; never modifies the input.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentRejectedException">The file is missing, empty, of an unsupported kind, or unsafe or broken.</exception>
    public static GovDocument Read(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            throw new DocumentRejectedException(path, RejectionReason.IsDirectory,
                $"{path}: this is a directory, not a document; give the path of a .docx, .md or .txt file.");
        if (!File.Exists(path))
            throw new DocumentRejectedException(path, RejectionReason.NotFound,
                $"{path}: no such file; check the path.");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentRejectedException(path, RejectionReason.NotFound,
                $"{path}: the file cannot be read ({e.Message}); check its permissions.", e);
        }
        return Read(bytes, path, options);
    }

    /// <summary>Reads a document from a stream; <paramref name="sourceName"/> names it in messages and decides the format by its extension.</summary>
    /// <exception cref="DocumentRejectedException">The content is empty, of an unsupported kind, or unsafe or broken.</exception>
    public static GovDocument Read(Stream stream, string sourceName, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), sourceName, options);
    }

    /// <summary>Reads Markdown text (rule examples, quick checks and tests).</summary>
    public static GovDocument ReadMarkdown(string markdown, string sourceName = "example.md", ReadOptions? options = null) =>
        Read(System.Text.Encoding.UTF8.GetBytes(markdown), sourceName, options);

    private static GovDocument Read(byte[] bytes, string sourceName, ReadOptions? options)
    {
        options ??= ReadOptions.Default;
        if (bytes.Length == 0)
            throw new DocumentRejectedException(sourceName, RejectionReason.Empty,
                $"{sourceName}: the file is empty (0 bytes); save the draft again from your editor.");
        var format = FormatOf(sourceName);
        var raw = format switch
        {
            SourceFormat.Markdown => MarkdownReader.Read(DecodeText(bytes)),
            SourceFormat.Text => PlainTextReader.Read(DecodeText(bytes)),
            _ => DocxReader.Read(bytes, sourceName, format, options.Changes),
        };
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return StructureBuilder.Build(raw, sourceName, format, options.Changes, sha);
    }

    private static SourceFormat FormatOf(string sourceName) =>
        Path.GetExtension(sourceName).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => SourceFormat.Markdown,
            ".txt" or ".text" => SourceFormat.Text,
            ".docm" => SourceFormat.Docm,
            _ => SourceFormat.Docx,
        };

    private static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
