using System.Security.Cryptography;
using System.Text.Json;
using GovRules.Cli.Output;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace GovRules.Cli.Tests;

/// <summary>The sample drafts, the schemas and small helpers the check tests share.</summary>
internal static class CheckSupport
{
    private static readonly Dictionary<string, JSchema> Schemas = [];

    public static string SamplesDir => Path.Combine(CliRunner.RepoRoot, "samples", "hallintosaanto");

    /// <summary>The sample drafts as Word files (charts excluded), relative to the repository root, in ordinal order.</summary>
    public static IReadOnlyList<string> SampleDrafts { get; } =
        [.. Directory.EnumerateFiles(SamplesDir, "*.docx").Where(CheckInputs.IsDraft)
            .Select(p => Path.GetRelativePath(CliRunner.RepoRoot, p)).Order(StringComparer.Ordinal)];

    /// <summary>The largest sample draft (the timing reference).</summary>
    public static string LargestSample =>
        SampleDrafts.OrderByDescending(p => new FileInfo(Path.Combine(CliRunner.RepoRoot, p)).Length).First();

    public static string ReportSchema => Path.Combine(CliRunner.RepoRoot, "docs", "report-schema.json");

    public static string SarifSchema => Path.Combine(CliRunner.SharedDir, "schemas", "sarif-schema-2.1.0.json");

    public static IReadOnlyList<string> SchemaErrors(string json, string schemaPath)
    {
        JSchema schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaPath, out schema!))
                Schemas[schemaPath] = schema = JSchema.Parse(File.ReadAllText(schemaPath));
        }
        JToken.Parse(json).IsValid(schema, out IList<ValidationError> errors);
        return [.. errors.Select(e => $"{e.Path}: {e.Message}")];
    }

    /// <summary>Each document's results, one line per rule (id, outcome, error, findings by anchor and message), keyed by path.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ResultsByDocument(JsonDocument report) =>
        report.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => d.GetProperty("path").GetString()!,
            d => (IReadOnlyList<string>)[.. d.GetProperty("results").EnumerateArray().Select(Describe)]);

    private static string Describe(JsonElement result)
    {
        var findings = result.GetProperty("findings").EnumerateArray().Select(f =>
            (f.GetProperty("location").ValueKind == JsonValueKind.Null ? "-" : f.GetProperty("location").GetProperty("anchor").GetString())
            + " " + f.GetProperty("message").GetString());
        return $"{result.GetProperty("ruleId").GetString()} {result.GetProperty("outcome").GetString()} "
            + $"{result.GetProperty("error")} [{string.Join(" | ", findings)}]";
    }

    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public static DirectoryInfo TempDir() => Directory.CreateTempSubdirectory("govrules-check-");
}
