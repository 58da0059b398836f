using System.Security.Cryptography;

namespace GovRules.Compilation;

/// <summary>
/// The on-disk cache of compiled rule assemblies: KEY.dll beside KEY.sha256 (the hash of the assembly bytes).
/// Writes are atomic (temp file + move); an entry whose bytes do not match its hash is deleted, never trusted.
/// </summary>
internal sealed class RuleAssemblyCache(string directory)
{
    /// <summary>An entry not used for this long is removed when a new one is stored.</summary>
    public static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>At most this many entries are kept (the most recently used), however recent.</summary>
    public const int MaxEntries = 32;

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
            if (bytes.Length > 0 && string.Equals(Hash(bytes), expected, StringComparison.Ordinal))
            {
                MarkUsed(AssemblyPath(key));
                return bytes;
            }
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
            Prune(keep: key);
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

    /// <summary>
    /// Removes entries of rule sets and library versions no longer in use: those not loaded for <see cref="Unused"/>,
    /// and all but the <see cref="MaxEntries"/> most recently used. Runs when a new entry is stored (a cold
    /// compile), so a warm run never pays for it; an entry another process holds open is left for next time.
    /// </summary>
    public void Prune(string keep)
    {
        var now = DateTime.UtcNow;
        var entries = new DirectoryInfo(Directory).GetFiles("rules-*.dll")
            .Select(file => (Key: file.Name["rules-".Length..^".dll".Length], Used: file.LastWriteTimeUtc))
            .Where(entry => entry.Key != keep)
            .OrderByDescending(entry => entry.Used)
            .ToList();
        for (var i = 0; i < entries.Count; i++)
            if (i >= MaxEntries - 1 || now - entries[i].Used > Unused) Remove(entries[i].Key);
    }

    // Loading marks an entry as used (at most once a day, so a warm run rarely writes).
    private static void MarkUsed(string path)
    {
        var now = DateTime.UtcNow;
        if (now - File.GetLastWriteTimeUtc(path) > TimeSpan.FromDays(1)) File.SetLastWriteTimeUtc(path, now);
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
