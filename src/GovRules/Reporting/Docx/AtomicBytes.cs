namespace GovRules.Reporting.Docx;

/// <summary>Writes bytes whole or not at all: a temporary file beside the target, then a move over it.</summary>
internal static class AtomicBytes
{
    public static void Write(string path, byte[] contents)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"{path}: not a file path", nameof(path));
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, contents);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
