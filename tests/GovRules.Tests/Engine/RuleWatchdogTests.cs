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

    [Fact]
    public void Rules_run_one_after_another_reuse_a_worker_thread_instead_of_starting_one_each()
    {
        var threads = Enumerable.Range(0, 40)
            .Select(_ => RuleWatchdog.Run(() => Environment.CurrentManagedThreadId, TimeSpan.FromSeconds(5)).Value)
            .ToHashSet();

        threads.Count.ShouldBeLessThan(5);
        threads.ShouldNotContain(Environment.CurrentManagedThreadId);
    }

    [Fact]
    public void A_reused_worker_still_has_the_deep_stack_rules_recurse_on()
    {
        RuleWatchdog.Run(() => 0, TimeSpan.FromSeconds(5));

        var (depth, error) = RuleWatchdog.Run(() => Recurse(20_000), TimeSpan.FromSeconds(10));

        error.ShouldBeNull();
        depth.ShouldBe(20_000);
    }

    [Fact]
    public void After_a_rule_is_abandoned_the_next_rule_runs_normally()
    {
        RuleWatchdog.Run(() => { Thread.Sleep(TimeSpan.FromSeconds(3)); return 0; }, TimeSpan.FromMilliseconds(100));

        var (value, error) = RuleWatchdog.Run(() => 42, TimeSpan.FromSeconds(5));

        error.ShouldBeNull();
        value.ShouldBe(42);
    }

    // About 20 000 frames of a method with a large frame: more than a default 1.5 MB thread-pool stack holds.
    private static int Recurse(int depth)
    {
        Span<byte> frame = stackalloc byte[256];
        frame[0] = (byte)depth;
        return depth == 0 ? frame[0] : 1 + Recurse(depth - 1);
    }
}
