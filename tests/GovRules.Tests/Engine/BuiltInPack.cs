using GovRules.Compilation;
using GovRules.Rules;
using GovRules.Tests.Rules;

namespace GovRules.Tests.Engine;

/// <summary>The embedded rule pack, loaded and compiled once for all engine tests (into a test-only cache folder).</summary>
internal static class BuiltInPack
{
    private static readonly Lazy<CompiledRuleSet> Compiled = new(() =>
        RuleCompiler.Compile(RulePackLoader.Load(new RulePackOptions()), RuleTestKit.TempFolder("pack-cache")));

    public static CompiledRuleSet Rules => Compiled.Value;
}
