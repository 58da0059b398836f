using GovRules.Documents;
using GovRules.Rules;

namespace GovRules.Engine;

/// <summary>The outcome of one rule on one document.</summary>
public enum RuleOutcome
{
    /// <summary>The rule applies and the draft satisfies it.</summary>
    Pass,

    /// <summary>The rule applies and the draft does not satisfy it; see the findings.</summary>
    Fail,

    /// <summary>The rule does not apply to this draft (its condition or profile is not met).</summary>
    NotApplicable,

    /// <summary>The rule could not be evaluated (e.g. it overran its time budget).</summary>
    Error,
}

/// <summary>What a rule looked for and what it found: "looked for: …; found: … at 12 § 2 mom.".</summary>
/// <param name="LookedFor">What was looked for, in the report language's words.</param>
/// <param name="Found">What was found, or null when nothing was.</param>
/// <param name="Location">Where it was found.</param>
public sealed record Evidence(string LookedFor, string? Found, SourceLocation? Location);

/// <summary>One thing wrong (or worth knowing) in a draft.</summary>
public sealed record Finding
{
    /// <summary>The rule that found it.</summary>
    public required string RuleId { get; init; }

    /// <summary>How serious it is (may be lower than the rule's default, e.g. info for "relies on the statute").</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message, with placeholders filled in.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>Where the finding belongs: the section concerned, or the chapter where a missing provision belongs; null for the document as a whole.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>What was looked for and what was found.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The legal basis.</summary>
    public required IReadOnlyList<LegalBasis> Basis { get; init; }

    /// <summary>What wording would satisfy the requirement.</summary>
    public required LocalizedText Remedy { get; init; }
}

/// <summary>The result of one rule on one document; every evaluated rule has one (the coverage matrix).</summary>
public sealed record RuleResult
{
    /// <summary>The rule id, e.g. "PEL-JARJ-001".</summary>
    public required string RuleId { get; init; }

    /// <summary>The requirement id from the catalogue, e.g. "PEL-JARJ".</summary>
    public required string Requirement { get; init; }

    /// <summary>The rule's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The rule's default severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The outcome.</summary>
    public required RuleOutcome Outcome { get; init; }

    /// <summary>The findings (empty when the rule passed or did not apply).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The legal basis of the rule.</summary>
    public required IReadOnlyList<LegalBasis> Basis { get; init; }

    /// <summary>Where the requirement is satisfied, for a passing rule (the coverage matrix).</summary>
    public IReadOnlyList<SourceLocation> SatisfiedAt { get; init; } = [];

    /// <summary>Why the rule could not be evaluated, for the Error outcome.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary>The results for one document.</summary>
public sealed record DocumentReport
{
    /// <summary>The document's path or name.</summary>
    public required string Path { get; init; }

    /// <summary>The SHA-256 of the input, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Profiles the county declared (config file or --profile).</summary>
    public IReadOnlyList<string> DeclaredProfiles { get; init; } = [];

    /// <summary>Profiles detected from the document, with what gave them away.</summary>
    public IReadOnlyList<DetectedProfile> DetectedProfiles { get; init; } = [];

    /// <summary>One result per evaluated rule, in rule id order.</summary>
    public required IReadOnlyList<RuleResult> Results { get; init; }

    /// <summary>Reader warnings (e.g. macros were not run).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A profile detected from a document.</summary>
/// <param name="Name">The profile, e.g. "kaksikielinen".</param>
/// <param name="Reason">What gave it away, e.g. "kansalliskielilautakunta defined at 5 luku / 22 §".</param>
public sealed record DetectedProfile(string Name, string Reason);

/// <summary>A whole run: the tool, the rule pack and the results per document.</summary>
public sealed record Report
{
    /// <summary>The tool's name.</summary>
    public string ToolName { get; init; } = "GovRules";

    /// <summary>The tool's version.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The rule pack's identity (content hash of the rule files).</summary>
    public required string RulePack { get; init; }

    /// <summary>The documents in the order given.</summary>
    public required IReadOnlyList<DocumentReport> Documents { get; init; }

    /// <summary>Every finding of every document.</summary>
    public IEnumerable<Finding> AllFindings => Documents.SelectMany(d => d.Results).SelectMany(r => r.Findings);
}
