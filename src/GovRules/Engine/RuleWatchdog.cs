using GovRules.Engine.Vocabulary;

namespace GovRules.Engine;

/// <summary>
/// Runs one rule evaluation on its own thread (with a generous stack) and waits at most the budget plus a grace
/// period. Runaway code normally stops itself at an injected budget check; what does not (a long call inside
/// the framework) is abandoned on a background thread and reported as the rule's error.
/// </summary>
internal static class RuleWatchdog
{
    private const int StackSize = 16 * 1024 * 1024;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>The result, or the error message that becomes the rule's error outcome.</summary>
    public static (T? Value, string? Error) Run<T>(Func<T> evaluate, TimeSpan budget)
    {
        T? value = default;
        Exception? failure = null;
        var thread = new Thread(() =>
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
        }, StackSize)
        { IsBackground = true, Name = "govrules-rule" };
        thread.Start();
        if (!thread.Join(budget + Grace))
            return (default, $"the rule did not finish within its time budget of {budget.TotalSeconds:0.###} s; its evaluation was abandoned");
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
