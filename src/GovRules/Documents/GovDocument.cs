namespace GovRules.Documents;

/// <summary>The format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>A Word document (.docx), Transitional or Strict.</summary>
    Docx,

    /// <summary>A macro-enabled Word document (.docm); read as text, macros are never run.</summary>
    Docm,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>Plain text.</summary>
    Text,
}

/// <summary>Which text a document with tracked changes is read as.</summary>
public enum ChangeView
{
    /// <summary>Every tracked change accepted: the text as the meeting would adopt it (the default).</summary>
    Accept,

    /// <summary>Every tracked change rejected: the text before the amendment.</summary>
    Original,
}

/// <summary>
/// A hallintosääntö as GovRules reads it: the blocks in body order and the legal structure over them
/// (parts › chapters › sections). Immutable; built by <see cref="DocumentReader"/>.
/// </summary>
public sealed record GovDocument
{
    /// <summary>The path the document was read from, or a name given by the caller for a stream.</summary>
    public required string SourceName { get; init; }

    /// <summary>The format the document was read from.</summary>
    public required SourceFormat Format { get; init; }

    /// <summary>Which view of tracked changes this is.</summary>
    public ChangeView View { get; init; } = ChangeView.Accept;

    /// <summary>The SHA-256 of the input bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Every block in body order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>The parts (osat), empty when the document has none.</summary>
    public required IReadOnlyList<GovPart> Parts { get; init; }

    /// <summary>Every chapter in order, whether or not it stands in a part.</summary>
    public required IReadOnlyList<GovChapter> Chapters { get; init; }

    /// <summary>Every section in order, whether or not it stands in a chapter.</summary>
    public required IReadOnlyList<GovSection> Sections { get; init; }

    /// <summary>Warnings a user should see (e.g. "macros were not run"); never errors.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Whether the source contained tracked changes (insertions, deletions or moves).</summary>
    public bool HasTrackedChanges { get; init; }

    /// <summary>SmartArt diagrams found in the document, in body order (for the org-chart reader).</summary>
    internal IReadOnlyList<DiagramData> Diagrams { get; init; } = [];

    /// <summary>What else is drawn in the document (for refusing charts that are only pictures or free shapes).</summary>
    internal DrawingSummary Drawings { get; init; } = DrawingSummary.None;

    /// <summary>Finds a section by its number as written ("12", "12 a"); null when there is none.</summary>
    public GovSection? FindSection(string number) =>
        Sections.FirstOrDefault(s => string.Equals(s.Number, number, StringComparison.OrdinalIgnoreCase));
}
