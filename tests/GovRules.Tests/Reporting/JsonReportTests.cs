using System.Text.Json;
using GovRules.Engine;
using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Tests.Reporting;

public sealed class JsonReportTests
{
    private static string Render(Report report, TextLanguage language = TextLanguage.Fi) =>
        ReportRenderer.Render(report, ReportFormat.Json, new RenderOptions { Language = language });

    [Fact]
    public void Output_validates_against_the_documented_schema()
    {
        SchemaValidation.Errors(Render(SampleReports.TwoDocuments()), ReportingPaths.ReportSchema).ShouldBeEmpty();
        SchemaValidation.Errors(Render(SampleReports.TwoDocuments(), TextLanguage.En), ReportingPaths.ReportSchema).ShouldBeEmpty();
    }

    [Fact]
    public void Every_evaluated_rule_appears_with_its_outcome_whatever_it_was()
    {
        using var json = JsonDocument.Parse(Render(SampleReports.TwoDocuments()));
        var results = json.RootElement.GetProperty("documents")[0].GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("outcome").GetString());

        results.ShouldBe(new Dictionary<string, string?>
        {
            ["HVAL-14-001"] = "fail",
            ["HVAL-14-002"] = "fail",
            ["KIELI-001"] = "not-applicable",
            ["PEL-JARJ-001"] = "fail",
            ["SOTE-10-001"] = "pass",
            ["SOTE-4-001"] = "error",
        });
    }

    [Fact]
    public void A_finding_carries_message_location_evidence_basis_and_remedy()
    {
        using var json = JsonDocument.Parse(Render(SampleReports.TwoDocuments()));
        var document = json.RootElement.GetProperty("documents")[0];
        var rescue = document.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PEL-JARJ-001");
        var finding = rescue.GetProperty("findings")[0];

        finding.GetProperty("message").GetString().ShouldBe("Pelastusjohtajalle ei ole osoitettu pelastustoimen järjestämisvastuuta.");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        var location = finding.GetProperty("location");
        location.GetProperty("anchor").GetString().ShouldBe("12§/2");
        location.GetProperty("chapter").GetString().ShouldBe("3");
        location.GetProperty("section").GetString().ShouldBe("12");
        location.GetProperty("paragraph").GetInt32().ShouldBe(41);
        location.GetProperty("citation").GetString().ShouldBe("3 luku / 12 § / 2 mom.");
        location.GetProperty("snippet").GetString().ShouldBe("Pelastusjohtaja johtaa pelastuslaitosta.");
        finding.GetProperty("evidence")[0].GetProperty("lookedFor").GetString().ShouldBe("pelastusjohtajan järjestämisvastuu");
        var basis = finding.GetProperty("basis")[0];
        basis.GetProperty("act").GetString().ShouldBe("pelastuslaki 379/2011");
        basis.GetProperty("section").GetString().ShouldBe("26 § 2 mom.");
        basis.GetProperty("verification").GetString().ShouldBe("secondary");
        finding.GetProperty("remedy").GetString()!.ShouldStartWith("Lisää 12 §:ään");
        document.GetProperty("profiles").GetProperty("declared")[0].GetString().ShouldBe("yhteinen-pelastuslaitos");
        document.GetProperty("profiles").GetProperty("detected")[0].GetProperty("name").GetString().ShouldBe("kaksikielinen");
    }

    [Fact]
    public void Summary_counts_the_whole_run_and_each_document()
    {
        using var json = JsonDocument.Parse(Render(SampleReports.TwoDocuments()));
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().ShouldBe(1);
        summary.GetProperty("warnings").GetInt32().ShouldBe(1);
        summary.GetProperty("infos").GetInt32().ShouldBe(1);
        summary.GetProperty("passed").GetInt32().ShouldBe(2);
        summary.GetProperty("notApplicable").GetInt32().ShouldBe(2);
        summary.GetProperty("ruleErrors").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("documents")[1].GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Output_is_stable_camel_case_and_keeps_Finnish_letters_readable()
    {
        var first = Render(SampleReports.TwoDocuments());
        Render(SampleReports.TwoDocuments()).ShouldBe(first);
        first.ShouldStartWith("{\n  \"schema\": \"govrules-report/1\",\n  \"language\": \"fi\",\n  \"tool\": {");
        first.ShouldContain("\"notApplicable\"");
        first.ShouldContain("järjestämisvastuuta");
    }
}
