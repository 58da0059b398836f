using GovRules.Documents;
using GovRules.OrgCharts;

namespace GovRules.Facts;

/// <summary>
/// Everything GovRules extracted from one document (and its chart): the entities, who holds what,
/// who may delegate what, who is under whom. Built once per document; rules only ask it questions.
/// </summary>
public sealed partial class FactBase
{
    /// <summary>The document the facts were extracted from.</summary>
    public required GovDocument Document { get; init; }

    /// <summary>The organisation chart, when one was given or found in the document.</summary>
    public OrgChart? Chart { get; init; }

    /// <summary>Organs, posts and units.</summary>
    public required IReadOnlyList<Entity> Entities { get; init; }

    /// <summary>Every assignment in body order.</summary>
    public required IReadOnlyList<Assignment> Assignments { get; init; }

    /// <summary>Every delegation in body order.</summary>
    public required IReadOnlyList<Delegation> Delegations { get; init; }

    /// <summary>Reporting lines from the chart and the text.</summary>
    public required IReadOnlyList<ReportingLine> ReportingLines { get; init; }
}
