using System.Diagnostics;

namespace GovRules.Tests.Reporting;

/// <summary>Runs Debian's headless chromium to screenshot a page or dump its DOM; null when chromium is not installed.</summary>
internal static class HeadlessChromium
{
    public static string? Executable { get; } = Find();

    /// <summary>Why a test that needs chromium cannot run, or null when it can (on CI chromium must be there).</summary>
    public static string? SkipReason =>
        Executable is not null || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : "chromium is not installed (apt-get install -y chromium); the HTML report was not rendered";

    public static byte[] Screenshot(string htmlPath)
    {
        var png = Path.Combine(Path.GetTempPath(), $"govrules-shot-{Guid.NewGuid():N}.png");
        try
        {
            Run($"--screenshot={png}", "--window-size=1200,1600", new Uri(htmlPath).AbsoluteUri);
            return File.ReadAllBytes(png);
        }
        finally
        {
            File.Delete(png);
        }
    }

    public static string DumpDom(string htmlPath) => Run("--dump-dom", new Uri(htmlPath).AbsoluteUri);

    private static string Run(params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("govrules-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={profile.FullName}" })
                start.ArgumentList.Add(arg);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in a minute");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string? Find() =>
        new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs headless chromium: skipped with the reason when chromium is absent outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.SkipReason is { } reason) Skip = reason;
    }
}
