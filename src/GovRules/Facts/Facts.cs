using GovRules.Documents;

namespace GovRules.Facts;

/// <summary>What kind of holder an entity is.</summary>
public enum EntityKind
{
    /// <summary>An organ (toimielin).</summary>
    Organ,

    /// <summary>A post held by an official (viranhaltija).</summary>
    Post,

    /// <summary>An organisational unit (e.g. pelastuslaitos).</summary>
    Unit,
}

/// <summary>The verb that makes a text an assignment.</summary>
public enum AssignmentVerb
{
    /// <summary>vastaa (is responsible for) — the strongest wording.</summary>
    Vastaa,

    /// <summary>päättää (decides) + elative: a competence.</summary>
    Paattaa,

    /// <summary>johtaa (leads).</summary>
    Johtaa,

    /// <summary>toimii + essive: a role.</summary>
    Toimii,

    /// <summary>"X:n tehtävänä on" or a heading "X:n tehtävät".</summary>
    Tehtava,

    /// <summary>huolehtii (takes care of).</summary>
    Huolehtii,

    /// <summary>valmistelee (prepares).</summary>
    Valmistelee,

    /// <summary>Copular identity: "X on Y".</summary>
    On,

    /// <summary>"X:llä on vastuu / järjestämisvastuu …".</summary>
    Omistaa,

    /// <summary>Another task verb (seuraa, hyväksyy, ohjaa, edistää, asettaa, valitsee, valvoo, nimeää, …).</summary>
    Muu,
}

/// <summary>Qualifiers that change what an assignment proves (phrasing guide §3).</summary>
[Flags]
public enum AssignmentQualifiers
{
    /// <summary>No qualifier.</summary>
    None = 0,

    /// <summary>"muun muassa", "mm.", "esimerkiksi": the list is not exhaustive.</summary>
    NonExhaustive = 1,

    /// <summary>"laissa säädettyjen tehtävien lisäksi": statutory tasks are deliberately not listed.</summary>
    InAdditionToStatute = 2,

    /// <summary>"osaltaan", "myös", "lisäksi": shared responsibility.</summary>
    Shared = 4,

    /// <summary>"jollei … kuulu …", "ellei … toisin säädetä": residual competence with an exception.</summary>
    Residual = 8,
}

/// <summary>An organ, post or unit GovRules found, with every place it is mentioned or defined.</summary>
public sealed record Entity
{
    /// <summary>The lexicon term id when the name is known (e.g. "pelastusjohtaja"), else the normalised base name.</summary>
    public required string Id { get; init; }

    /// <summary>The name as first written.</summary>
    public required string Name { get; init; }

    /// <summary>Organ, post or unit.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>Where the entity is defined: a section whose title or lead-in gives it tasks or powers, or a chart node.</summary>
    public IReadOnlyList<SourceLocation> Definitions { get; init; } = [];

    /// <summary>Every place the entity is mentioned.</summary>
    public IReadOnlyList<SourceLocation> Mentions { get; init; } = [];

    /// <summary>Whether the entity appears in the organisation chart.</summary>
    public bool InChart { get; init; }
}

/// <summary>A holder given a task: "Pelastusjohtaja vastaa pelastustoimen järjestämisestä".</summary>
public sealed record Assignment
{
    /// <summary>The holder's entity id.</summary>
    public required string Holder { get; init; }

    /// <summary>The holder as written in the text.</summary>
    public required string HolderText { get; init; }

    /// <summary>The verb kind.</summary>
    public required AssignmentVerb Verb { get; init; }

    /// <summary>The task as written (the object of the verb, or the list item).</summary>
    public required string Task { get; init; }

    /// <summary>The task's content words in base form (lexicon term ids where known, else stems).</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>Qualifiers that change what the assignment proves.</summary>
    public AssignmentQualifiers Qualifiers { get; init; }

    /// <summary>Where the assignment stands.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>Whether a delegated power may be delegated further.</summary>
public enum Redelegation
{
    /// <summary>The text does not say.</summary>
    Unspecified,

    /// <summary>Further delegation is allowed ("voi siirtää edelleen").</summary>
    Allowed,

    /// <summary>Further delegation is forbidden ("ei voi siirtää edelleen").</summary>
    Forbidden,
}

/// <summary>A transfer of power: "Aluehallitus voi siirtää toimivaltaansa hyvinvointialuejohtajalle".</summary>
public sealed record Delegation
{
    /// <summary>The entity id that delegates.</summary>
    public required string From { get; init; }

    /// <summary>The entity id that receives the power (null when the text names no recipient).</summary>
    public string? To { get; init; }

    /// <summary>What power is delegated, as written.</summary>
    public required string Scope { get; init; }

    /// <summary>The scope's content words in base form.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Whether further delegation is allowed.</summary>
    public Redelegation Redelegation { get; init; }

    /// <summary>The instrument named, e.g. "hallintosäännön määräyksin", "toimintasäännöllä".</summary>
    public string? Instrument { get; init; }

    /// <summary>Where the delegation stands.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>Where a reporting line was read from.</summary>
public enum ReportingSource
{
    /// <summary>The organisation chart.</summary>
    Chart,

    /// <summary>The text ("X:n alaisena / alaisuudessa").</summary>
    Text,
}

/// <summary>A reporting line: <see cref="Subordinate"/> is directly under <see cref="Superior"/>.</summary>
public sealed record ReportingLine
{
    /// <summary>The subordinate's entity id.</summary>
    public required string Subordinate { get; init; }

    /// <summary>The superior's entity id.</summary>
    public required string Superior { get; init; }

    /// <summary>Where the line was read from.</summary>
    public required ReportingSource Source { get; init; }

    /// <summary>Where it stands in the text, when it comes from the text.</summary>
    public SourceLocation? Location { get; init; }
}
