using GovRules.Engine.Vocabulary;

namespace GovRules.Engine;

/// <summary>
/// Runs one rule evaluation on a rule worker's thread (with a generous stack) and waits at most the budget plus a
/// grace period. Runaway code normally stops itself at an injected budget check; what does not (a long call inside
/// the framework) is abandoned on its background thread and reported as the rule's error.
/// </summary>
internal static class RuleWatchdog
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>The result, or the error message that becomes the rule's error outcome.</summary>
    public static (T? Value, string? Error) Run<T>(Func<T> evaluate, TimeSpan budget)
    {
        T? value = default;
        Exception? failure = null;
        // Not disposed when the rule overruns: its abandoned job still sets it when (if ever) it ends.
        var done = new ManualResetEventSlim(false);
        var worker = RuleWorker.Rent();
        worker.Start(() =>
        {
            try
            {
                value = evaluate();
            }
#pragma warning disable CA1031 // any failure inside a rule becomes that rule's error outcome
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        });
        if (!done.Wait(budget + Grace))
        {
            worker.Abandon();
            return (default, $"the rule did not finish within its time budget of {budget.TotalSeconds:0.###} s; its evaluation was abandoned");
        }
        worker.Return();
        done.Dispose();
        return failure is null ? (value, null) : (default, Describe(failure));
    }

    private static string Describe(Exception failure) => failure switch
    {
        RuleBudgetExceededException exceeded => exceeded.Message,
        System.Text.RegularExpressions.RegexMatchTimeoutException timeout =>
            $"a regular expression ran past its timeout of {timeout.MatchTimeout.TotalSeconds:0.###} s (pattern {timeout.Pattern})",
        OutOfMemoryException => "the rule tried to allocate more memory than is available (a huge collection, string or array) and was stopped",
        InsufficientExecutionStackException => "the rule recursed too deeply and was stopped",
        OverflowException => $"the rule overflowed an arithmetic operation: {failure.Message}",
        _ => $"the rule threw {failure.GetType().Name}: {failure.Message}",
    };
}
