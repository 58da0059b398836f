using System.Security.Cryptography;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>The real drafts the annotation tests run on, and reports with findings placed on their real blocks.</summary>
internal static class AnnotationFiles
{
    public static string CorpusDir => Path.Combine(ReportingPaths.SharedDir, "corpus", "docx");

    public static string SamplesDir => Path.Combine(ReportingPaths.RepoRoot, "samples", "hallintosaanto");

    /// <summary>Corpus files the reader parses that already carry comments or tracked changes (Transitional only).</summary>
    public static IReadOnlyList<string> CorpusWithReviewMarkup { get; } = File.ReadLines(Path.Combine(CorpusDir, "MANIFEST.tsv"))
        .Skip(1)
        .Select(line => line.Split('\t'))
        .Where(f => f.Length > 7 && f[7] == "parse" && !f[6].Contains("strict", StringComparison.Ordinal)
            && (f[6].Contains("comments", StringComparison.Ordinal) || f[6].Contains("tracked-changes", StringComparison.Ordinal)))
        .Select(f => f[0])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The Word samples, including the amendment with tracked changes.</summary>
    public static IReadOnlyList<string> Samples { get; } = Directory.GetFiles(SamplesDir, "*.docx")
        .Where(p => !Path.GetFileName(p).Contains(".org", StringComparison.Ordinal))
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static string Corpus(string relative) => Path.Combine(CorpusDir, relative);

    public static string Sample(string name) => Path.Combine(SamplesDir, name);

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// A report on <paramref name="document"/> with a finding on its first and last block, blocks spread
    /// between them, its first table, and one finding on the document as a whole.
    /// </summary>
    public static DocumentReport ReportOn(GovDocument document, string rulePrefix = "TEST")
    {
        var blocks = document.Blocks;
        var picked = new SortedSet<int>();
        if (blocks.Count > 0)
        {
            picked.UnionWith([0, blocks.Count / 3, 2 * blocks.Count / 3, blocks.Count - 1]);
            var table = blocks.Select((b, i) => (b, i)).FirstOrDefault(p => p.b.Kind == BlockKind.Table);
            if (table.b is not null) picked.Add(table.i);
        }
        var findings = picked.Select((index, n) => Finding($"{rulePrefix}-{n + 1:D3}", blocks[index].Location)).ToList();
        findings.Add(Finding($"{rulePrefix}-DOC", null));
        return Report(document, findings);
    }

    public static DocumentReport Report(GovDocument document, IReadOnlyList<Finding> findings) => new()
    {
        Path = document.SourceName,
        Sha256 = document.Sha256,
        Results = [.. findings.GroupBy(f => f.RuleId).Select(g => new RuleResult
        {
            RuleId = g.Key,
            Requirement = "TEST-REQ",
            Title = new LocalizedText("Testisääntö", "Test rule"),
            Severity = Severity.Error,
            Outcome = RuleOutcome.Fail,
            Findings = [.. g],
            Basis = g.First().Basis,
        })],
    };

    public static Finding Finding(string ruleId, SourceLocation? location) => new()
    {
        RuleId = ruleId,
        Severity = Severity.Warning,
        Message = new LocalizedText($"Hallintosäännöstä puuttuu määräys ({ruleId}).", $"The regulation lacks a provision ({ruleId})."),
        Location = location,
        Basis = [new LegalBasis("pelastuslaki 379/2011", "26 §", "https://finlex.fi/fi/laki/ajantasa/2011/20110379", Verification.Secondary)],
        Remedy = new LocalizedText("Lisää pelastusjohtajan tehtäviin pelastustoimen järjestäminen.", "Add the organising of rescue services to the rescue director's tasks."),
    };
}
