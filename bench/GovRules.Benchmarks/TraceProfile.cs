using System.Globalization;
using Microsoft.Diagnostics.Symbols;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using Microsoft.Diagnostics.Tracing.Stacks;

namespace GovRules.Benchmarks;

/// <summary>
/// Summarises an EventPipe CPU-sampling trace (.nettrace, written by bench/profile.sh): the methods with the most
/// samples on top of the stack (exclusive) and anywhere on it (inclusive), counting only threads running managed code.
/// </summary>
internal static class TraceProfile
{
    /// <summary>Prints the hottest methods; with <paramref name="callersOf"/>, also who called the methods whose name contains it.</summary>
    public static int Run(string nettrace, int top, string? callersOf = null)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(nettrace);
        using var log = new TraceLog(etlx);
        var source = new MutableTraceEventStackSource(log) { OnlyManagedCodeStacks = true };
        new SampleProfilerThreadTimeComputer(log, new SymbolReader(TextWriter.Null)).GenerateThreadTimeStacks(source);

        var exclusive = new Dictionary<string, double>(StringComparer.Ordinal);
        var inclusive = new Dictionary<string, double>(StringComparer.Ordinal);
        var callers = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        source.ForEach(sample =>
        {
            var frames = FramesOf(source, sample.StackIndex);
            // The sampler marks a thread running managed code CPU_TIME; native code and waits are UNMANAGED_CODE_TIME.
            if (frames.Count < 2 || frames[0] != "CPU_TIME") return;
            total += sample.Metric;
            Add(exclusive, frames[1], sample.Metric);
            foreach (var frame in frames.Distinct(StringComparer.Ordinal)) Add(inclusive, frame, sample.Metric);
            // A sample on top of such a method counts for its nearest caller outside it ("who makes the lists grow").
            if (callersOf is not null && frames[1].Contains(callersOf, StringComparison.Ordinal))
                Add(callers, frames.Skip(2).FirstOrDefault(f => !f.Contains(callersOf, StringComparison.Ordinal)) ?? "?", sample.Metric);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:F0} ms of CPU samples running managed code (native code and waits excluded)"));
        Print("exclusive (self) time", exclusive, total, top, _ => true);
        Print("inclusive time, GovRules methods", inclusive, total, top, name => name.Contains("GovRules", StringComparison.Ordinal));
        if (callersOf is not null) Print($"callers of \"{callersOf}\" (its self time)", callers, total, top, _ => true);
        PrintAllocations(log, top);
        return 0;
    }

    private static void PrintAllocations(TraceLog log, int top)
    {
        var byType = new Dictionary<string, double>(StringComparer.Ordinal);
        var bySite = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        foreach (var traceEvent in log.Events)
        {
            if (traceEvent is not GCAllocationTickTraceData tick) continue;
            var megabytes = tick.AllocationAmount64 / 1048576.0;
            total += megabytes;
            Add(byType, tick.TypeName ?? "?", megabytes);
            var site = "(no GovRules frame)";
            for (var frame = tick.CallStack(); frame is not null; frame = frame.Caller)
            {
                var method = frame.CodeAddress.FullMethodName;
                if (method?.Contains("GovRules", StringComparison.Ordinal) == true) { site = method; break; }
            }
            Add(bySite, site, megabytes);
        }
        if (total == 0) return;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated (sampled): {total:F0} MB"));
        PrintShares("allocated, by type", byType, total, top, "MB");
        PrintShares("allocated, by the nearest GovRules method", bySite, total, top, "MB");
    }

    private static List<string> FramesOf(StackSource source, StackSourceCallStackIndex stack)
    {
        var frames = new List<string>();
        for (; stack != StackSourceCallStackIndex.Invalid; stack = source.GetCallerIndex(stack))
            frames.Add(source.GetFrameName(source.GetFrameIndex(stack), verboseName: false));
        return frames;
    }

    private static void Add(Dictionary<string, double> totals, string frame, double metric) =>
        totals[frame] = totals.GetValueOrDefault(frame) + metric;

    private static void Print(string title, Dictionary<string, double> totals, double total, int top, Func<string, bool> include) =>
        PrintShares(title, totals.Where(t => include(t.Key)).ToDictionary(), total, top, "ms");

    private static void PrintShares(string title, Dictionary<string, double> totals, double total, int top, string unit)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        foreach (var (name, amount) in totals.OrderByDescending(t => t.Value).Take(top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100 * amount / total,6:F1}%  {amount,8:F0} {unit}  {Shorten(name)}"));
    }

    private static string Shorten(string frame) => frame.Length <= 160 ? frame : frame[..157] + "...";
}
