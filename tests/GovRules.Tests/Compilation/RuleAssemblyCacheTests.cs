using GovRules.Compilation;
using GovRules.Tests.Rules;

namespace GovRules.Tests.Compilation;

/// <summary>The compiled-rule cache stays small: old rule sets and library versions do not pile up.</summary>
public sealed class RuleAssemblyCacheTests
{
    private static readonly byte[] Assembly = [1, 2, 3];

    [Fact]
    public void Storing_a_new_entry_removes_entries_unused_for_a_month_and_keeps_recent_ones()
    {
        var cache = new RuleAssemblyCache(RuleTestKit.TempFolder("cache"));
        cache.Store("old", Assembly);
        cache.Store("recent", Assembly);
        File.SetLastWriteTimeUtc(cache.AssemblyPath("old"), DateTime.UtcNow.AddDays(-45));
        File.SetLastWriteTimeUtc(cache.AssemblyPath("recent"), DateTime.UtcNow.AddDays(-3));

        cache.Store("new", Assembly);

        Keys(cache).ShouldBe(["new", "recent"], ignoreOrder: true);
        File.Exists(Path.Combine(cache.Directory, "rules-old.sha256")).ShouldBeFalse();
    }

    [Fact]
    public void At_most_the_most_recently_used_entries_are_kept()
    {
        var cache = new RuleAssemblyCache(RuleTestKit.TempFolder("cache"));
        for (var i = 0; i < RuleAssemblyCache.MaxEntries + 5; i++)
        {
            cache.Store($"k{i:D2}", Assembly);
            File.SetLastWriteTimeUtc(cache.AssemblyPath($"k{i:D2}"), DateTime.UtcNow.AddHours(i - 100));
        }

        cache.Store("latest", Assembly);

        var kept = Keys(cache);
        kept.Count.ShouldBe(RuleAssemblyCache.MaxEntries);
        kept.ShouldContain("latest");
        kept.ShouldContain($"k{RuleAssemblyCache.MaxEntries + 4:D2}");
        kept.ShouldNotContain("k00");
    }

    [Fact]
    public void Loading_an_entry_marks_it_used_so_a_rule_set_in_daily_use_is_never_pruned()
    {
        var cache = new RuleAssemblyCache(RuleTestKit.TempFolder("cache"));
        cache.Store("daily", Assembly);
        File.SetLastWriteTimeUtc(cache.AssemblyPath("daily"), DateTime.UtcNow.AddDays(-29));

        cache.TryLoad("daily").ShouldBe(Assembly);

        File.GetLastWriteTimeUtc(cache.AssemblyPath("daily")).ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
    }

    private static List<string> Keys(RuleAssemblyCache cache) =>
        [.. Directory.GetFiles(cache.Directory, "rules-*.dll").Select(f => Path.GetFileNameWithoutExtension(f)["rules-".Length..])];
}
