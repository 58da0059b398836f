using System.Globalization;

namespace GovRules.Cli.Output;

/// <summary>
/// "[3/12] path" on stderr while a batch runs; only when stderr is a terminal and CI is not set, so
/// redirected output and CI logs stay quiet.
/// </summary>
internal sealed class CheckProgress : IProgress<string>, IDisposable
{
    private readonly object gate = new();
    private readonly int total;
    private readonly bool enabled;
    private readonly int width;
    private int done;
    private int lastWidth;

    public CheckProgress(int total)
    {
        this.total = total;
        enabled = total > 1 && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        // COLUMNS rather than Console.WindowWidth: querying the terminal makes .NET emit mode-setting escapes.
        width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 20
            ? columns - 1
            : 79;
    }

    /// <summary>Records one finished document.</summary>
    public void Report(string value)
    {
        if (!enabled) return;
        lock (gate)
        {
            done++;
            var counter = $"[{done}/{total}] ";
            var room = width - counter.Length;
            var path = value.Length <= room ? value : "…" + value[^(room - 1)..];
            var line = counter + path;
            Console.Error.Write("\r" + line.PadRight(lastWidth));
            lastWidth = line.Length;
        }
    }

    public void Dispose()
    {
        if (!enabled || lastWidth == 0) return;
        lock (gate) Console.Error.Write("\r" + new string(' ', lastWidth) + "\r");
    }
}
