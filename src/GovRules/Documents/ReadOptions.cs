namespace GovRules.Documents;

/// <summary>How to read a document.</summary>
public sealed record ReadOptions
{
    /// <summary>The default options: tracked changes accepted.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Which view of tracked changes to read.</summary>
    public ChangeView Changes { get; init; } = ChangeView.Accept;
}
