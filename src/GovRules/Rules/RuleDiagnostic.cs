namespace GovRules.Rules;

/// <summary>One problem in a rule file, at the line and column where it stands.</summary>
/// <param name="File">The rule file (a path, or "rules/…" for the built-in pack).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong and, where possible, what to write instead.</param>
public sealed record RuleDiagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The diagnostic as one line: <c>file:line:col: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>
/// Thrown when rule files cannot be loaded or compiled. Carries every problem found in the pack, not
/// just the first; the CLI prints one line per diagnostic and exits with code 3.
/// </summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RuleLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(Summarise(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Creates the exception with a message only.</summary>
    public RuleLoadException() : this([]) { }

    /// <summary>Creates the exception with a message only.</summary>
    public RuleLoadException(string message) : base(message) => Diagnostics = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RuleLoadException(string message, Exception innerException) : base(message, innerException) => Diagnostics = [];

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    private static string Summarise(IReadOnlyList<RuleDiagnostic> diagnostics) =>
        diagnostics.Count == 0
            ? "The rules could not be loaded."
            : string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
