using System.Diagnostics;

namespace GovRules.Cli.Tests;

/// <summary>The result of one run of the real govrules process.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr);

/// <summary>Starts the built govrules process (GovRules.Cli.dll beside the tests) and captures what it prints.</summary>
internal static class CliRunner
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "GovRules.Cli.dll");

    /// <summary>The repository root (where GovRules.sln stands).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the repository (corpus, legal catalogue, schemas).</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static CliResult Run(params string[] args) => Run(null, args);

    public static CliResult Run(IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"govrules {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    // Builds with --artifacts-path put the tests outside the repository; then this source file's own path finds it.
    private static string FindRepoRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "") =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Path.GetDirectoryName(sourceFile) ?? "")
        ?? throw new InvalidOperationException("GovRules.sln not found above " + AppContext.BaseDirectory);

    private static string? FindAbove(string start)
    {
        var dir = start.Length == 0 ? null : new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovRules.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }
}
