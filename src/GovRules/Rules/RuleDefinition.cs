namespace GovRules.Rules;

/// <summary>What a rule example expects the rule to conclude.</summary>
internal enum ExpectedOutcome
{
    Pass,
    Fail,
    NotApplicable,
}

/// <summary>Which expression of a rule an <see cref="RuleExpression"/> is.</summary>
internal enum ExpressionRole
{
    Applies,
    ForEach,
    Assert,
}

/// <summary>One line of an expression with the place in the rule file where its first character stands.</summary>
internal sealed record ExpressionLine(int FileLine, int FileColumn, string Text);

/// <summary>A C# expression from a rule file, line by line, so compiler errors can point back into the YAML.</summary>
internal sealed record RuleExpression(ExpressionRole Role, string File, IReadOnlyList<ExpressionLine> Lines)
{
    /// <summary>The expression as one text (lines joined by newlines).</summary>
    public string Text => string.Join("\n", Lines.Select(l => l.Text));

    /// <summary>Where the expression starts.</summary>
    public (int Line, int Column) Start => Lines.Count == 0 ? (1, 1) : (Lines[0].FileLine, Lines[0].FileColumn);
}

/// <summary>An executable example carried by a rule: a small draft (Markdown), an optional chart and the expected outcome.</summary>
internal sealed record RuleExample
{
    public required ExpectedOutcome Expect { get; init; }

    public required string Document { get; init; }

    /// <summary>The organisation chart as YAML text (same schema as samples/hallintosaanto/*.org.yaml), when given.</summary>
    public string? Org { get; init; }

    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>Why the example expects what it expects, when the author said.</summary>
    public string? Note { get; init; }

    /// <summary>The 1-based ordinal of the example in the rule file.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The line of the example in the rule file.</summary>
    public required int Line { get; init; }
}

/// <summary>One rule as read from its YAML file.</summary>
internal sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required string Requirement { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>What the rule checks, in plain words (optional in the file; shown by <c>rules explain</c>).</summary>
    public LocalizedText? Checks { get; init; }

    public required IReadOnlyList<LegalBasis> Basis { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Profiles that must all be active for the rule to apply; empty when the rule applies to every county.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    public RuleExpression? Applies { get; init; }

    public RuleExpression? ForEach { get; init; }

    public required RuleExpression Assert { get; init; }

    public required LocalizedText Message { get; init; }

    public required LocalizedText Remedy { get; init; }

    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>The file the rule was read from, as shown in messages.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Whether the rule comes from the built-in pack (false for a user folder).</summary>
    public bool BuiltIn { get; init; }

    /// <summary>Where the id and the requirement stand in the file, for messages about them.</summary>
    public (int Line, int Column) IdAt { get; init; } = (1, 1);

    /// <summary>Where the requirement id stands in the file.</summary>
    public (int Line, int Column) RequirementAt { get; init; } = (1, 1);

    /// <summary>The SHA-256 of the file's text, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Every expression of the rule, in applies, for-each, assert order.</summary>
    public IEnumerable<RuleExpression> Expressions =>
        new[] { Applies, ForEach, Assert }.OfType<RuleExpression>();
}
