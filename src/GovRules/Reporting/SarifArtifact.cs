namespace GovRules.Reporting;

/// <summary>A document's SARIF URI: relative to the working folder when it lies inside it, else an absolute file URI.</summary>
internal sealed record SarifArtifact(string Uri, bool Relative)
{
    public static SarifArtifact For(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        var relative = Path.GetRelativePath(workingDirectory, full);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return new SarifArtifact(new Uri(full).AbsoluteUri, Relative: false);
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return new SarifArtifact(string.Join('/', segments.Select(System.Uri.EscapeDataString)), Relative: true);
    }

    public static string DirectoryUri(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!full.EndsWith(Path.DirectorySeparatorChar)) full += Path.DirectorySeparatorChar;
        return new Uri(full).AbsoluteUri;
    }
}
