using GovRules.Documents;

namespace GovRules.Tests.Documents.Corpus;

/// <summary>One line of the corpus MANIFEST.tsv: a file, its features and whether it must parse or be refused.</summary>
public sealed record ManifestEntry(string File, string Producer, IReadOnlySet<string> Features, bool MustParse, string Notes)
{
    /// <summary>Every entry of the manifest, in file order.</summary>
    public static IReadOnlyList<ManifestEntry> All { get; } = Load();

    /// <summary>The refusal a reject entry must produce, derived from its features.</summary>
    public RejectionReason ExpectedReason =>
        Has("empty-file") ? RejectionReason.Empty
        : Has("legacy-doc") ? RejectionReason.LegacyDoc
        : Has("encrypted") || Has("encrypted-ooxml") ? RejectionReason.Encrypted
        : Has("corrupt") ? RejectionReason.CorruptZip
        : Has("no-main-part") ? RejectionReason.NoMainDocument
        : Has("xml-malformed") ? RejectionReason.MalformedXml
        : Has("dtd") ? RejectionReason.Dtd
        : Has("dangling-relationship") || Has("bad-content-type") ? RejectionReason.InvalidPackage
        : throw new InvalidOperationException($"MANIFEST.tsv: no refusal known for {File} ({string.Join(',', Features)})");

    /// <summary>Whether the manifest lists this feature for the file.</summary>
    public bool Has(string feature) => Features.Contains(feature);

    /// <inheritdoc/>
    public override string ToString() => File;

    private static List<ManifestEntry> Load()
    {
        var lines = System.IO.File.ReadAllLines(CorpusFiles.PathOf("MANIFEST.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(c => new ManifestEntry(
            c[Column("file")],
            c[Column("producer")],
            c[Column("features")].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
            c[Column("expected")] == "parse",
            c[Column("notes")])).ToList();
    }
}
