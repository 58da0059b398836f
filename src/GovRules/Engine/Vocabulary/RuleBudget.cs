using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace GovRules.Engine.Vocabulary;

/// <summary>Thrown inside a rule's evaluation when it overruns its time budget; the engine turns it into the rule's error outcome.</summary>
internal sealed class RuleBudgetExceededException(TimeSpan budget)
    : Exception($"the rule did not finish within its time budget of {budget.TotalSeconds:0.###} s and was stopped")
{
    public TimeSpan Budget { get; } = budget;
}

/// <summary>
/// A rule's time budget. Every lambda and loop body of a compiled rule calls <see cref="Tick"/> (injected at
/// compile time), as does every vocabulary query, so runaway LINQ stops itself; deep recursion ends as an
/// error instead of a stack overflow.
/// </summary>
internal sealed class RuleBudget(TimeSpan limit)
{
    private readonly long deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);

    public TimeSpan Limit { get; } = limit;

    /// <summary>The timeout for one regular-expression match: the budget, at most one second.</summary>
    public TimeSpan RegexTimeout => Limit < TimeSpan.FromSeconds(1) ? Limit : TimeSpan.FromSeconds(1);

    public void Tick()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (Stopwatch.GetTimestamp() > deadline) throw new RuleBudgetExceededException(Limit);
    }
}
