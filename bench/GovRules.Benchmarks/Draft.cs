namespace GovRules.Benchmarks;

/// <summary>One benchmark input: a .docx draft and the chart the CLI would pair with it (X.org.yaml beside it, or none).</summary>
public sealed record Draft(string Name, string Path, string? ChartPath)
{
    /// <summary>The smallest sample, whatever GOVRULES_BENCH_DRAFTS selects: used to bring the code to tier-1 JIT.</summary>
    public static Draft Smallest => Sample("kaksikielinen", "pandoc", "kaksikielinen");

    /// <summary>The samples (smallest and largest, both producers) and whichever large drafts bench/make-large-drafts.sh made.</summary>
    public static IReadOnlyList<Draft> All()
    {
        var drafts = new List<Draft>
        {
            Sample("kaksikielinen", "pandoc", "kaksikielinen"),
            Sample("terveys-ja-turvallisuus", "pandoc", "terveys"),
            Sample("terveys-ja-turvallisuus", "libreoffice", "terveys"),
        };
        foreach (var pages in new[] { 100, 500, 2000 })
        {
            var path = System.IO.Path.Combine(BenchPaths.LargeDrafts, $"large-{pages}.docx");
            if (File.Exists(path)) drafts.Add(new Draft($"large-{pages}p", path, null));
        }
        var only = Environment.GetEnvironmentVariable("GOVRULES_BENCH_DRAFTS");
        return string.IsNullOrWhiteSpace(only)
            ? drafts
            : [.. drafts.Where(d => only.Split(',', StringSplitOptions.TrimEntries).Contains(d.Name, StringComparer.Ordinal))];
    }

    // The short name keeps BenchmarkDotNet's parameter column readable (it truncates values past 20 characters).
    private static Draft Sample(string name, string producer, string shortName)
    {
        var chart = System.IO.Path.Combine(BenchPaths.Samples, $"{name}.org.yaml");
        return new Draft($"{shortName}.{producer}", System.IO.Path.Combine(BenchPaths.Samples, $"{name}.{producer}.docx"),
            File.Exists(chart) ? chart : null);
    }

    /// <summary>BenchmarkDotNet shows this as the parameter value.</summary>
    public override string ToString() => Name;
}
