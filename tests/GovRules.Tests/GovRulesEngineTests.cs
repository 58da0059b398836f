using System.Security.Cryptography;
using GovRules.Engine;
using GovRules.Reporting;
using GovRules.Rules;
using GovRules.Tests.Reporting;

namespace GovRules.Tests;

/// <summary>Uses only the public API, as a tool that embeds the library would.</summary>
public sealed class GovRulesEngineTests
{
    private static string Sample(string name) => Path.Combine(ReportingPaths.RepoRoot, "samples", "hallintosaanto", name);

    private static readonly string Complete = Sample("terveys-ja-turvallisuus.pandoc.docx");
    private static readonly string WithoutRescue = Sample("terveys-ja-turvallisuus-ilman-pelastusvastuuta.pandoc.docx");
    private static readonly string Chart = Sample("terveys-ja-turvallisuus.org.yaml");

    [Fact]
    public void An_embedding_tool_checks_a_stream_and_gets_one_result_per_loaded_rule()
    {
        using var engine = GovRulesEngine.Load();
        engine.RuleIds.Count.ShouldBeGreaterThan(0);
        engine.RulePack.ShouldNotBeNullOrEmpty();

        using var stream = File.OpenRead(WithoutRescue);
        var report = engine.Check(stream, "luonnos.docx");

        var document = report.Documents.ShouldHaveSingleItem();
        document.Path.ShouldBe("luonnos.docx");
        document.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(WithoutRescue))));
        document.Results.Select(r => r.RuleId).ShouldBe(engine.RuleIds);
        report.ToolVersion.ShouldBe(GovRulesEngine.Version);
        report.RulePack.ShouldBe(engine.RulePack);
    }

    [Fact]
    public void A_draft_without_the_rescue_responsibility_fails_a_rescue_requirement_with_basis_and_remedy()
    {
        using var engine = GovRulesEngine.Load();
        var without = engine.Check(WithoutRescue, Chart).Documents[0];
        var complete = engine.Check(Complete, Chart).Documents[0];

        var rescueFailures = without.Results.Where(r => r.Outcome == RuleOutcome.Fail && r.RuleId.Contains("PEL", StringComparison.Ordinal)).ToList();
        rescueFailures.ShouldNotBeEmpty();
        var finding = rescueFailures.SelectMany(r => r.Findings).First();
        finding.Basis.ShouldNotBeEmpty();
        finding.Remedy.Fi.ShouldNotBeNullOrWhiteSpace();
        finding.Message.Fi.ShouldNotBeNullOrWhiteSpace();
        Errors(without).ShouldBeGreaterThan(Errors(complete));
    }

    [Fact]
    public async Task A_batch_gives_each_draft_the_same_results_as_checking_it_alone()
    {
        using var engine = GovRulesEngine.Load();
        var inputs = new[] { new DocumentInput(WithoutRescue, Chart), new DocumentInput(Complete, Chart) };
        var heard = new List<string>();
        var batch = await engine.CheckAsync(inputs, new SynchronousProgress(heard));

        batch.Documents.Select(d => d.Path).ShouldBe([WithoutRescue, Complete]);
        heard.Order(StringComparer.Ordinal).ShouldBe(new[] { WithoutRescue, Complete }.Order(StringComparer.Ordinal));
        for (var i = 0; i < inputs.Length; i++)
        {
            var alone = engine.Check(inputs[i].Path, inputs[i].ChartPath).Documents[0];
            batch.Documents[i].Results.Select(Describe).ShouldBe(alone.Results.Select(Describe));
        }
    }

    [Fact]
    public void A_report_renders_in_every_format_in_both_languages()
    {
        using var engine = GovRulesEngine.Load();
        var report = engine.Check(WithoutRescue, Chart);
        var failing = report.Documents[0].Results.First(r => r.Outcome == RuleOutcome.Fail);

        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            GovRulesEngine.Render(report, format).ShouldContain(failing.RuleId, customMessage: format.ToString());
            GovRulesEngine.Render(report, format, TextLanguage.En).ShouldContain(failing.RuleId, customMessage: format.ToString());
        }
        GovRulesEngine.Render(report, ReportFormat.Text).ShouldContain(failing.Findings[0].Message.Fi);
        GovRulesEngine.Render(report, ReportFormat.Json).ShouldContain("\"schema\": \"govrules-report/1\"");
    }

    [Fact]
    public void An_unreadable_draft_is_refused_with_a_typed_error()
    {
        using var engine = GovRulesEngine.Load();
        Should.Throw<GovRules.Documents.DocumentRejectedException>(() => engine.Check(Sample("ei-ole.docx")))
            .Message.ShouldContain("ei-ole.docx");
    }

    private static int Errors(DocumentReport document) =>
        document.Results.SelectMany(r => r.Findings).Count(f => f.Severity == Severity.Error);

    private static string Describe(RuleResult result) =>
        $"{result.RuleId} {result.Outcome} {string.Join("|", result.Findings.Select(f => $"{f.Location?.Anchor} {f.Message.Fi}"))}";

    private sealed class SynchronousProgress(List<string> heard) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (heard) heard.Add(value);
        }
    }
}
