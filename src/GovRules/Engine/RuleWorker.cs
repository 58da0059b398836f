using System.Collections.Concurrent;

namespace GovRules.Engine;

/// <summary>
/// A long-lived thread with a generous stack that runs rule evaluations one at a time. Workers are kept between
/// rules: starting a 16 MB-stack thread for every rule and document cost more than most rules do.
/// A worker whose job overruns its budget is abandoned: it finishes (or not) on its own and then ends.
/// </summary>
internal sealed class RuleWorker
{
    private const int StackSize = 16 * 1024 * 1024;
    private static readonly ConcurrentBag<RuleWorker> Idle = [];
    private static int idleCount;

    private readonly SemaphoreSlim signal = new(0);
    private Action? job;
    private volatile bool ending;

    private RuleWorker() =>
        new Thread(Loop, StackSize) { IsBackground = true, Name = "govrules-rule" }.Start();

    /// <summary>An idle worker, or a new one when all are busy.</summary>
    public static RuleWorker Rent()
    {
        if (!Idle.TryTake(out var worker)) return new RuleWorker();
        Interlocked.Decrement(ref idleCount);
        return worker;
    }

    /// <summary>Starts <paramref name="work"/> on this worker's thread; it must not throw.</summary>
    public void Start(Action work)
    {
        job = work;
        signal.Release();
    }

    /// <summary>Gives a worker whose job has finished back for the next rule; a surplus worker ends instead.</summary>
    public void Return()
    {
        if (Interlocked.Increment(ref idleCount) <= Environment.ProcessorCount * 2)
        {
            Idle.Add(this);
            return;
        }
        Interlocked.Decrement(ref idleCount);
        Abandon();
    }

    /// <summary>Lets the thread end once its current job (if any) is over; the worker is never used again.</summary>
    public void Abandon()
    {
        ending = true;
        signal.Release();
    }

    private void Loop()
    {
        while (true)
        {
            signal.Wait();
            var next = Interlocked.Exchange(ref job, null);
            next?.Invoke();
            if (ending) return;
        }
    }
}
