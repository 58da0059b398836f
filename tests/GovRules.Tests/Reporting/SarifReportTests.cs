using System.Text.Json;
using GovRules.Engine;
using GovRules.Reporting;

namespace GovRules.Tests.Reporting;

public sealed class SarifReportTests
{
    private static string Render(Report report, string workingDirectory = "/work/county") =>
        ReportRenderer.Render(report, ReportFormat.Sarif, new RenderOptions { WorkingDirectory = workingDirectory });

    [Fact]
    public void Output_validates_against_the_OASIS_schema()
    {
        SchemaValidation.Errors(Render(SampleReports.TwoDocuments()), ReportingPaths.SarifSchema).ShouldBeEmpty();
    }

    [Fact]
    public void Rules_carry_their_description_statute_link_and_default_level()
    {
        using var sarif = JsonDocument.Parse(Render(SampleReports.TwoDocuments()));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules.GetArrayLength().ShouldBe(6);
        var rescue = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PEL-JARJ-001");
        rescue.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("Pelastustoimen järjestämisvastuu on pelastusjohtajalla");
        rescue.GetProperty("fullDescription").GetProperty("text").GetString()!.ShouldContain("pelastuslaki 379/2011 26 § 2 mom.");
        rescue.GetProperty("helpUri").GetString().ShouldBe("https://finlex.fi/fi/laki/ajantasa/2011/20110379");
        rescue.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("error");
    }

    [Fact]
    public void Results_point_to_the_draft_relative_to_the_working_folder_and_to_its_section()
    {
        using var sarif = JsonDocument.Parse(Render(SampleReports.TwoDocuments()));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        results.GetArrayLength().ShouldBe(3);
        var rescue = results.EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PEL-JARJ-001");
        rescue.GetProperty("level").GetString().ShouldBe("error");
        var location = rescue.GetProperty("locations")[0];
        var artifact = location.GetProperty("physicalLocation").GetProperty("artifactLocation");
        artifact.GetProperty("uri").GetString().ShouldBe("samples/hallintosaanto/l%C3%A4nsi-uusimaa.docx");
        artifact.GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString()
            .ShouldBe("Pelastusjohtaja johtaa pelastuslaitosta.");
        location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().ShouldBe("3 luku/12 §/2 mom.");
        var info = results.EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "HVAL-14-002");
        info.GetProperty("level").GetString().ShouldBe("note");
    }

    [Fact]
    public void Fingerprints_ignore_paragraph_numbers_but_follow_the_anchor()
    {
        var finding = SampleReports.RescueFinding();
        var shifted = finding with { Location = finding.Location! with { Paragraph = 99 } };
        var elsewhere = finding with { Location = finding.Location! with { Anchor = "13§/1" } };

        SarifReportWriter.Fingerprint(shifted).ShouldBe(SarifReportWriter.Fingerprint(finding));
        SarifReportWriter.Fingerprint(elsewhere).ShouldNotBe(SarifReportWriter.Fingerprint(finding));
    }

    [Fact]
    public void A_rule_that_could_not_be_evaluated_becomes_a_tool_notification()
    {
        using var sarif = JsonDocument.Parse(Render(SampleReports.TwoDocuments()));
        var notification = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        notification.GetProperty("associatedRule").GetProperty("id").GetString().ShouldBe("SOTE-4-001");
        notification.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("time budget");
    }

    [Fact]
    public void A_draft_outside_the_working_folder_gets_an_absolute_file_uri()
    {
        var report = SampleReports.TwoDocuments();
        report = report with { Documents = [report.Documents[0] with { Path = "/srv/luonnokset/länsi-uusimaa.docx" }] };
        var text = Render(report);
        SchemaValidation.Errors(text, ReportingPaths.SarifSchema).ShouldBeEmpty();
        using var sarif = JsonDocument.Parse(text);
        var artifact = sarif.RootElement.GetProperty("runs")[0].GetProperty("artifacts")[0].GetProperty("location");
        artifact.GetProperty("uri").GetString().ShouldBe("file:///srv/luonnokset/l%C3%A4nsi-uusimaa.docx");
        artifact.TryGetProperty("uriBaseId", out _).ShouldBeFalse();
    }
}
