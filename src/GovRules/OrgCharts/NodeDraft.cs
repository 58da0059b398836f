namespace GovRules.OrgCharts;

/// <summary>A chart node while a reader is still assembling the tree; frozen into an <see cref="OrgNode"/> at the end.</summary>
internal sealed class NodeDraft(string name, string? head, string source)
{
    public string Name { get; } = name;

    public string? Head { get; } = head;

    public string Source { get; } = source;

    public OrgNodeKind? Kind { get; init; }

    public bool IsAssistant { get; init; }

    public List<NodeDraft> Children { get; } = [];

    public OrgNode Freeze() => new()
    {
        Name = Name,
        Head = Head,
        Kind = Kind ?? GuessKind(),
        IsAssistant = IsAssistant,
        Source = Source,
        Children = Children.Select(c => c.Freeze()).ToArray(),
    };

    // A box that names a head ("Strategia ja talous" led by a johtaja) is a unit even when its name says nothing.
    private OrgNodeKind GuessKind()
    {
        var guess = NodeKindGuesser.Guess(Name);
        return guess == OrgNodeKind.Unknown && Head is not null ? OrgNodeKind.Unit : guess;
    }
}
