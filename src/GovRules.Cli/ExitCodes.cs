namespace GovRules.Cli;

/// <summary>The process exit codes of DESIGN.md §9.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above --fail-on.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Unusable input or arguments.</summary>
    public const int BadInput = 2;

    /// <summary>A rule failed to load or compile.</summary>
    public const int RuleError = 3;

    /// <summary>An internal error (a bug in GovRules).</summary>
    public const int InternalError = 4;
}
