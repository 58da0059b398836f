using System.Text.Json;
using GovRules.Documents;
using GovRules.Engine;

namespace GovRules.Tests.RulePack;

/// <summary>A sample draft's expected outcomes (samples/hallintosaanto/X.expected.json): every rule → pass | fail | not-applicable.</summary>
internal sealed record SampleExpectation(
    string Draft, string Chart, IReadOnlyList<string> Profiles, ChangeView Changes, IReadOnlyDictionary<string, string> Outcomes)
{
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(RulePackPaths.Samples, "*.expected.json").Order(StringComparer.Ordinal);

    public static SampleExpectation Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new SampleExpectation(
            root.GetProperty("draft").GetString()!,
            root.GetProperty("chart").GetString()!,
            root.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()!).ToList(),
            root.TryGetProperty("changes", out var changes) && changes.GetString() == "original" ? ChangeView.Original : ChangeView.Accept,
            root.GetProperty("outcomes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));
    }

    public static string Name(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.NotApplicable => "not-applicable",
        _ => "error",
    };
}
