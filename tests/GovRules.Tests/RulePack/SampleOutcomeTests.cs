namespace GovRules.Tests.RulePack;

/// <summary>
/// Runs the engine over every sample draft — the real .docx files made by pandoc and by LibreOffice, and
/// the Markdown source — with its chart, and compares every rule's outcome with X.expected.json, which
/// records what a careful lawyer concludes from the draft.
/// </summary>
public sealed class SampleOutcomeTests
{
    public static TheoryData<string, string> Drafts()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SampleExpectation.Files())
        {
            var draft = SampleExpectation.Load(file).Draft;
            foreach (var variant in new[] { ".pandoc.docx", ".libreoffice.docx", ".docx", ".md" })
                if (File.Exists(Path.Combine(RulePackPaths.Samples, draft + variant))) data.Add(Path.GetFileName(file), variant);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void The_sample_produces_exactly_its_expected_outcomes(string expectedFile, string variant)
    {
        var expected = SampleExpectation.Load(Path.Combine(RulePackPaths.Samples, expectedFile));
        var draft = expected.Draft;
        var engine = SampleEngines.For(expected.Profiles, expected.Changes);

        var report = engine.Check(Path.Combine(RulePackPaths.Samples, draft + variant), Path.Combine(RulePackPaths.Samples, expected.Chart));

        var actual = report.Documents.Single().Results.ToDictionary(r => r.RuleId, r => SampleExpectation.Name(r.Outcome), StringComparer.Ordinal);
        actual.Keys.Except(expected.Outcomes.Keys).ShouldBeEmpty($"{expectedFile} must list every rule of the pack");
        expected.Outcomes.Keys.Except(actual.Keys).ShouldBeEmpty($"{expectedFile} lists rules the pack does not have");
        var differences = expected.Outcomes
            .Where(e => actual[e.Key] != e.Value)
            .Select(e => $"{e.Key}: expected {e.Value}, got {actual[e.Key]}")
            .ToList();
        differences.ShouldBeEmpty($"{draft}{variant} ({expected.Changes})");
    }

    [Fact]
    public void Every_sample_draft_has_expected_outcomes()
    {
        var drafts = Directory.GetFiles(RulePackPaths.Samples, "*.org.yaml")
            .Select(p => Path.GetFileName(p)[..^".org.yaml".Length])
            .Where(d => File.Exists(Path.Combine(RulePackPaths.Samples, d + ".md")));

        foreach (var draft in drafts)
            File.Exists(Path.Combine(RulePackPaths.Samples, draft + ".expected.json")).ShouldBeTrue($"{draft} has no expected.json");
    }
}
