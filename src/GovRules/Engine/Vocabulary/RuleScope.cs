using System.ComponentModel;
using GovRules.Facts;

namespace GovRules.Engine.Vocabulary;

/// <summary>
/// The base of every compiled rule: the vocabulary rule expressions are written in (<c>Doc</c>,
/// <c>Org</c>, <see cref="Facts"/>, <c>Holds</c>, <c>Mentions</c>, …). Each rule becomes a class deriving
/// from this one, with its <c>applies</c>, <c>for-each</c> and <c>assert</c> expressions as method bodies.
/// An instance evaluates one rule on one document.
/// </summary>
public abstract partial class RuleScope
{
    private EvaluationContext? context;

    private EvaluationContext Context => context ?? throw new InvalidOperationException("The rule scope is not bound to a document.");

    /// <summary>The facts extracted from the document (and chart) under evaluation.</summary>
    public FactBase Facts => Context.Facts;

    /// <summary>Whether the rule applies to this document (the <c>applies</c> expression; true when the rule has none).</summary>
    public virtual bool Applies() => true;

    /// <summary>Whether the document satisfies the rule (the <c>assert</c> expression of a rule without <c>for-each</c>).</summary>
    public virtual bool Assert() => true;

    /// <summary>The verdict per item (the <c>assert</c> expression over the <c>for-each</c> items).</summary>
    public virtual IReadOnlyList<ItemVerdict> AssertEach() => [];

    /// <summary>Evaluates <paramref name="check"/> on every item, recording the evidence of each separately.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected IReadOnlyList<ItemVerdict> Each<T>(IEnumerable<T> items, Func<T, bool> check)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(check);
        var verdicts = new List<ItemVerdict>();
        foreach (var item in items)
        {
            BudgetTick();
            var mark = Context.Evidence.Count;
            var holds = check(item);
            verdicts.Add(new ItemVerdict(item, holds, Context.Evidence.Skip(mark).ToList()));
        }
        return verdicts;
    }

    /// <summary>Charges the rule's time budget; injected into every lambda and loop of a rule at compile time.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void BudgetTick() => Context.Budget.Tick();

    internal void Bind(EvaluationContext evaluation) => context = evaluation;

    /// <summary>Records what a query looked for and what it found.</summary>
    private protected void Record(string lookedFor, string? found, Documents.SourceLocation? location) =>
        Context.Evidence.Add(new Evidence(lookedFor, found, location));
}
