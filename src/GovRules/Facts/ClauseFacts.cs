using GovRules.Language;

namespace GovRules.Facts;

/// <summary>One verb's share of a clause: its kind and the task tokens that go with it.</summary>
/// <param name="Verb">The verb kind.</param>
/// <param name="Task">The task tokens (holder and verb removed).</param>
internal sealed record TaskSegment(AssignmentVerb Verb, TokenSlice Task);

/// <summary>What a clause says about assignments.</summary>
internal sealed record ClauseFacts
{
    /// <summary>The holders named in the clause (empty when the clause has no subject).</summary>
    public IReadOnlyList<NameMatch> Holders { get; init; } = [];

    /// <summary>The assignments the clause makes, one per verb group.</summary>
    public IReadOnlyList<TaskSegment> Segments { get; init; } = [];

    /// <summary>For a lead-in: the verb its items inherit when they have none of their own.</summary>
    public AssignmentVerb? ItemVerb { get; init; }

    /// <summary>Whether the clause begins with a task verb and names no holder: the holder comes from context.</summary>
    public bool Subjectless { get; init; }

    /// <summary>Whether the clause has a finite task verb of its own.</summary>
    public bool HasFiniteVerb { get; init; }

    /// <summary>Whether the clause matched a frame that must not produce an assignment (answers to, a resolution, structure).</summary>
    public bool Refused { get; init; }

    /// <summary>The qualifiers in the clause.</summary>
    public AssignmentQualifiers Qualifiers { get; set; }
}
