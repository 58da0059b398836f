namespace GovRules.Cli.Output;

/// <summary>One draft to check and the chart that goes with it (null: none given and none beside it).</summary>
internal sealed record CheckInput(string DocumentPath, string? ChartPath);

/// <summary>
/// Expands the FILE arguments of <c>govrules check</c>: a directory is searched recursively for drafts
/// (*.docx, *.docm, *.md, *.txt), skipping organisation-chart files (a name with an ".org." or ".org-"
/// part) and Word lock files (~$…). Without --org, a draft X.docx uses the chart X.org.yaml beside it.
/// </summary>
internal static class CheckInputs
{
    private static readonly string[] DraftExtensions = [".docx", ".docm", ".md", ".txt"];

    public static IReadOnlyList<CheckInput> Expand(IReadOnlyList<string> arguments, string? orgChart)
    {
        var drafts = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument))
            {
                drafts.Add(argument);
                continue;
            }
            var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(IsDraft)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (found.Count == 0)
                throw new UsageException($"{argument}: no drafts (.docx, .docm, .md, .txt) in this folder; give a draft or a folder that holds drafts.");
            drafts.AddRange(found);
        }
        return [.. drafts.Distinct(StringComparer.Ordinal).Select(d => new CheckInput(d, orgChart ?? ChartBeside(d)))];
    }

    /// <summary>Whether a file found in a folder is a draft to check (not a chart, not a lock file).</summary>
    public static bool IsDraft(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith("~$", StringComparison.Ordinal)) return false;
        if (!DraftExtensions.Contains(Path.GetExtension(name).ToLowerInvariant())) return false;
        return !IsChart(name);
    }

    /// <summary>"X.org.yaml" beside "X.docx" (also beside "X.pandoc.docx": the name is shortened one dot at a time).</summary>
    public static string? ChartBeside(string draftPath)
    {
        var folder = Path.GetDirectoryName(draftPath) ?? "";
        var stem = Path.GetFileNameWithoutExtension(draftPath);
        while (stem.Length > 0)
        {
            foreach (var extension in new[] { ".org.yaml", ".org.yml" })
            {
                var candidate = Path.Combine(folder, stem + extension);
                if (File.Exists(candidate)) return candidate;
            }
            var dot = stem.LastIndexOf('.');
            if (dot <= 0) break;
            stem = stem[..dot];
        }
        return null;
    }

    private static bool IsChart(string name)
    {
        var parts = name.Split('.');
        return parts.Skip(1).SkipLast(1).Any(p =>
            p.Equals("org", StringComparison.OrdinalIgnoreCase) || p.StartsWith("org-", StringComparison.OrdinalIgnoreCase));
    }
}
