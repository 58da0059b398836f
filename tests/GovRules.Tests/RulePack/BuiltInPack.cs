using GovRules.Rules;

namespace GovRules.Tests.RulePack;

/// <summary>The built-in rule pack as the library loads it (embedded resources), loaded once per test run.</summary>
internal static class BuiltInPack
{
    private static readonly Lazy<RuleSet> Loaded = new(() => RulePackLoader.Load(new RulePackOptions()));

    public static RuleSet Rules => Loaded.Value;

    public static IReadOnlyList<NotEncodedRequirement> NotEncoded => NotEncodedList.Load(RulePackPaths.NotEncodedFile);
}
