namespace GovRules.Compilation;

/// <summary>Where compiled rule assemblies are cached, by platform convention.</summary>
internal static class CacheLocation
{
    public const string EnvironmentVariable = "GOVRULES_CACHE_DIR";

    /// <summary>--cache-dir, else $GOVRULES_CACHE_DIR, else $XDG_CACHE_HOME/govrules or ~/.cache/govrules (Linux),
    /// %LOCALAPPDATA%\GovRules\Cache (Windows), ~/Library/Caches/GovRules (macOS).</summary>
    public static string Resolve(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return Path.GetFullPath(explicitDirectory);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "GovRules", "Cache");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Caches", "GovRules");
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        return !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
            ? Path.Combine(xdg, "govrules")
            : Path.Combine(home, ".cache", "govrules");
    }
}
