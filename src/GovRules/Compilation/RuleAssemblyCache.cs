using System.Security.Cryptography;

namespace GovRules.Compilation;

/// <summary>
/// The on-disk cache of compiled rule assemblies: KEY.dll beside KEY.sha256 (the hash of the assembly bytes).
/// Writes are atomic (temp file + move); an entry whose bytes do not match its hash is deleted, never trusted.
/// </summary>
internal sealed class RuleAssemblyCache(string directory)
{
    public string Directory { get; } = directory;

    public string AssemblyPath(string key) => Path.Combine(Directory, $"rules-{key}.dll");

    private string HashPath(string key) => Path.Combine(Directory, $"rules-{key}.sha256");

    /// <summary>The cached assembly bytes, or null when there is no valid entry (a corrupt one is removed).</summary>
    public byte[]? TryLoad(string key)
    {
        try
        {
            if (!File.Exists(AssemblyPath(key)) || !File.Exists(HashPath(key))) return null;
            var bytes = File.ReadAllBytes(AssemblyPath(key));
            var expected = File.ReadAllText(HashPath(key)).Trim();
            if (bytes.Length > 0 && string.Equals(Hash(bytes), expected, StringComparison.Ordinal)) return bytes;
            Remove(key);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores an assembly; a cache that cannot be written (read-only disk) is skipped, not an error.</summary>
    public void Store(string key, byte[] assembly)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            WriteAtomically(AssemblyPath(key), assembly);
            WriteAtomically(HashPath(key), System.Text.Encoding.ASCII.GetBytes(Hash(assembly)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache is an optimisation: the next run compiles again.
        }
    }

    /// <summary>Removes an entry (both files).</summary>
    public void Remove(string key)
    {
        try
        {
            File.Delete(AssemblyPath(key));
            File.Delete(HashPath(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run, which will detect it again.
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
