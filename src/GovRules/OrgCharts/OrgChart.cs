namespace GovRules.OrgCharts;

/// <summary>What a node of an organisation chart stands for.</summary>
public enum OrgNodeKind
{
    /// <summary>Not recognisable from the name.</summary>
    Unknown,

    /// <summary>An organ (toimielin): aluevaltuusto, aluehallitus, a lautakunta or jaosto, a vaikuttamistoimielin.</summary>
    Organ,

    /// <summary>A post held by an official (viranhaltija), e.g. hyvinvointialuejohtaja, pelastusjohtaja.</summary>
    Post,

    /// <summary>An organisational unit, e.g. pelastuslaitos, a palvelualue or toimiala.</summary>
    Unit,
}

/// <summary>The form a chart was read from.</summary>
public enum OrgChartForm
{
    /// <summary>A SmartArt hierarchy or org-chart diagram in a .docx.</summary>
    SmartArt,

    /// <summary>A nested bulleted or numbered list (in .docx or .md).</summary>
    List,

    /// <summary>A table with unit / parent / head columns.</summary>
    Table,

    /// <summary>A YAML file.</summary>
    Yaml,
}

/// <summary>One node of an organisation chart.</summary>
public sealed record OrgNode
{
    /// <summary>The name as written, e.g. "Pelastuslaitos".</summary>
    public required string Name { get; init; }

    /// <summary>What the node stands for, where recognisable.</summary>
    public OrgNodeKind Kind { get; init; }

    /// <summary>The head of the unit when the chart names one (e.g. "Pelastusjohtaja" under "Pelastuslaitos").</summary>
    public string? Head { get; init; }

    /// <summary>Whether the node is an assistant (a SmartArt "asst" point, e.g. a staff function).</summary>
    public bool IsAssistant { get; init; }

    /// <summary>The children in chart order.</summary>
    public IReadOnlyList<OrgNode> Children { get; init; } = [];

    /// <summary>Where the node was read from, for messages (e.g. "chart.yaml:12" or "kaavio.docx, SmartArt 1").</summary>
    public string? Source { get; init; }
}

/// <summary>An organisation chart: a forest of <see cref="OrgNode"/> (usually one root, the aluevaltuusto).</summary>
public sealed record OrgChart
{
    /// <summary>The file the chart was read from.</summary>
    public required string SourceName { get; init; }

    /// <summary>The form the chart was read from.</summary>
    public required OrgChartForm Form { get; init; }

    /// <summary>The chart's title when the source gives one (the YAML <c>chart:</c> key, or the heading above a chart in a document).</summary>
    public string? Title { get; init; }

    /// <summary>The top-level nodes in order.</summary>
    public required IReadOnlyList<OrgNode> Roots { get; init; }

    /// <summary>Every node in depth-first, chart order, with its parent (null for roots).</summary>
    public IEnumerable<(OrgNode Node, OrgNode? Parent)> Walk()
    {
        var stack = new Stack<(OrgNode, OrgNode?)>();
        for (var i = Roots.Count - 1; i >= 0; i--) stack.Push((Roots[i], null));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            yield return (node, parent);
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], node));
        }
    }
}
