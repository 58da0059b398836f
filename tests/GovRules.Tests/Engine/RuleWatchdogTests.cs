using GovRules.Engine;

namespace GovRules.Tests.Engine;

public sealed class RuleWatchdogTests
{
    [Fact]
    public void Work_that_never_checks_its_budget_is_abandoned_after_the_budget_and_a_grace_period()
    {
        var started = DateTime.UtcNow;

        var (value, error) = RuleWatchdog.Run(() => { Thread.Sleep(TimeSpan.FromSeconds(30)); return true; }, TimeSpan.FromMilliseconds(200));

        value.ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("abandoned");
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_rule_that_throws_becomes_an_error_message_not_a_crash()
    {
        var (_, error) = RuleWatchdog.Run<bool>(() => throw new InvalidOperationException("boom"), TimeSpan.FromSeconds(1));

        error.ShouldBe("the rule threw InvalidOperationException: boom");
    }
}
