using GovRules.Reporting;

namespace GovRules.Tests.Reporting;

public sealed class ReportLabelsTests
{
    [Fact]
    public void Finnish_summary_uses_the_partitive_after_numbers_other_than_one()
    {
        ReportLabels.Fi.SummaryLine(new ReportSummary(3, 2, 0, 41, 0, 0)).ShouldBe("3 virhettä, 2 varoitusta, 41 sääntöä täyttyi");
        ReportLabels.Fi.SummaryLine(new ReportSummary(0, 0, 0, 0, 0, 0)).ShouldBe("0 virhettä, 0 varoitusta, 0 sääntöä täyttyi");
    }

    [Fact]
    public void Finnish_summary_uses_the_singular_after_one()
    {
        ReportLabels.Fi.SummaryLine(new ReportSummary(1, 1, 1, 1, 1, 1))
            .ShouldBe("1 virhe, 1 varoitus, 1 huomio, 1 sääntö täyttyi, 1 sääntö ei soveltunut, 1 sääntö jäi arvioimatta");
    }

    [Fact]
    public void English_summary_is_pluralised_by_count()
    {
        ReportLabels.En.SummaryLine(new ReportSummary(3, 2, 0, 41, 0, 0)).ShouldBe("3 errors, 2 warnings, 41 rules passed");
        ReportLabels.En.SummaryLine(new ReportSummary(1, 1, 2, 1, 4, 0))
            .ShouldBe("1 error, 1 warning, 2 notes, 1 rule passed, 4 rules not applicable");
    }

    [Fact]
    public void Exit_threshold_counts_findings_at_or_above_the_level_and_rules_that_could_not_be_evaluated()
    {
        var warningsOnly = new ReportSummary(0, 2, 1, 5, 0, 0);
        warningsOnly.HasFindingsAtOrAbove(GovRules.Rules.Severity.Error).ShouldBeFalse();
        warningsOnly.HasFindingsAtOrAbove(GovRules.Rules.Severity.Warning).ShouldBeTrue();
        new ReportSummary(0, 0, 0, 5, 0, 1).HasFindingsAtOrAbove(GovRules.Rules.Severity.Error).ShouldBeTrue();
    }
}
