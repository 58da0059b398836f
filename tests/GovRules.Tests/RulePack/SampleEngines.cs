using System.Collections.Concurrent;
using GovRules.Documents;

namespace GovRules.Tests.RulePack;

/// <summary>One engine per profile set for the sample tests, compiled once into a private cache folder.</summary>
internal static class SampleEngines
{
    private static readonly string CacheDirectory = Path.Combine(Path.GetTempPath(), "govrules-rulepack-tests-cache");
    private static readonly ConcurrentDictionary<string, Lazy<GovRulesEngine>> Engines = new(StringComparer.Ordinal);

    public static GovRulesEngine For(IReadOnlyList<string> profiles, ChangeView changes)
    {
        var key = $"{changes}:{string.Join(",", profiles.Order(StringComparer.Ordinal))}";
        return Engines.GetOrAdd(key, _ => new Lazy<GovRulesEngine>(() =>
            GovRulesEngine.Load(new GovRulesOptions { Profiles = profiles, Changes = changes, CacheDirectory = CacheDirectory }))).Value;
    }
}
