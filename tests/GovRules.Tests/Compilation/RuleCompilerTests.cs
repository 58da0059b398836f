using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using GovRules.Compilation;
using GovRules.Rules;
using GovRules.Tests.Rules;

namespace GovRules.Tests.Compilation;

public sealed class RuleCompilerTests
{
    private static RuleSet Folder(params (string Id, string Yaml)[] rules) =>
        RulePackLoader.Load(new RulePackOptions { IncludeBuiltIn = false, Folders = [RuleTestKit.RuleFolder(rules)] });

    [Fact]
    public void A_compiler_error_in_a_one_line_expression_points_at_the_rule_file_line_and_column()
    {
        var set = Folder(("X-TYPO", RuleTestKit.Rule("X-TYPO", "Holdz(\"aluehallitus\")")));

        var error = Should.Throw<RuleLoadException>(() => RuleCompiler.Compile(set, RuleTestKit.TempFolder("cache")));

        var diagnostic = error.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.File.EndsWith("X-TYPO.yaml", StringComparison.Ordinal), diagnostic.Line, diagnostic.Column).ShouldBe((true, 12, 9));
        diagnostic.Message.ShouldContain("CS0103");
        diagnostic.Message.ShouldContain("Holdz");
    }

    [Fact]
    public void A_compiler_error_inside_a_block_scalar_points_at_its_own_line_and_column()
    {
        var yaml = RuleTestKit.Rule("X-BLOCK", "|\n  Facts.Assignments.Count >= 0\n      && Facts.Nope\n      && true");
        var set = Folder(("X-BLOCK", yaml));

        var error = Should.Throw<RuleLoadException>(() => RuleCompiler.Compile(set, RuleTestKit.TempFolder("cache")));

        var diagnostic = error.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Line, diagnostic.Column).ShouldBe((14, 16));
        diagnostic.Message.ShouldContain("Nope");
    }

    [Fact]
    public void A_warm_run_loads_the_cached_assembly_without_compiling()
    {
        var set = Folder(("X-WARM", RuleTestKit.Rule("X-WARM", "Facts.Assignments.Count >= 0")));
        var cache = RuleTestKit.TempFolder("cache");
        using var cold = RuleCompiler.Compile(set, cache);
        var before = RuleCompiler.CompilationCount;

        using var warm = RuleCompiler.Compile(set, cache);

        cold.FromCache.ShouldBeFalse();
        warm.FromCache.ShouldBeTrue();
        RuleCompiler.CompilationCount.ShouldBe(before);
        Directory.GetFiles(cache, "*.dll").ShouldHaveSingleItem();
        Directory.GetFiles(cache, "*.tmp").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("stale hash")]
    public void A_corrupt_cache_entry_is_detected_and_rebuilt_not_trusted(string damage)
    {
        var set = Folder(("X-CORRUPT", RuleTestKit.Rule("X-CORRUPT", "Facts.Assignments.Count >= 0")));
        var cache = RuleTestKit.TempFolder("cache");
        using (RuleCompiler.Compile(set, cache)) { }
        var dll = Directory.GetFiles(cache, "*.dll").Single();
        var bytes = File.ReadAllBytes(dll);
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(dll, bytes[..(bytes.Length / 2)]); break;
            case "garbage": File.WriteAllBytes(dll, [.. bytes.Select(b => (byte)(b ^ 0x5A))]); break;
            default: File.WriteAllText(Path.ChangeExtension(dll, ".sha256"), new string('0', 64)); break;
        }
        var before = RuleCompiler.CompilationCount;

        using var rebuilt = RuleCompiler.Compile(set, cache);

        rebuilt.FromCache.ShouldBeFalse();
        RuleCompiler.CompilationCount.ShouldBe(before + 1);
        File.ReadAllBytes(dll).ShouldBe(bytes);
    }

    [Fact]
    public void An_entry_built_for_other_rules_is_detected_as_stale_even_with_a_matching_hash()
    {
        var cache = RuleTestKit.TempFolder("cache");
        var original = Folder(("X-STALE", RuleTestKit.Rule("X-STALE", "Facts.Assignments.Count >= 0")));
        var changed = Folder(("X-STALE", RuleTestKit.Rule("X-STALE", "Facts.Assignments.Count >= 1")));
        using (RuleCompiler.Compile(original, cache)) { }
        var entry = Directory.GetFiles(cache, "*.dll").Single();
        var staleKey = RuleCompiler.CacheKeyOf(GeneratedRuleSource.Generate(changed).Source);
        File.Copy(entry, Path.Combine(cache, $"rules-{staleKey}.dll"));
        File.Copy(Path.ChangeExtension(entry, ".sha256"), Path.Combine(cache, $"rules-{staleKey}.sha256"));
        var before = RuleCompiler.CompilationCount;

        using var rebuilt = RuleCompiler.Compile(changed, cache);

        rebuilt.FromCache.ShouldBeFalse();
        RuleCompiler.CompilationCount.ShouldBe(before + 1);
    }

    [Fact]
    public void Disposing_a_compiled_rule_set_unloads_its_assembly()
    {
        var contextName = CompileAndDispose();

        for (var i = 0; i < 20 && AssemblyLoadContext.All.Any(c => c.Name == contextName); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        AssemblyLoadContext.All.ShouldNotContain(c => c.Name == contextName);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string CompileAndDispose()
    {
        var id = "X-UNLOAD-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        using var compiled = RuleCompiler.Compile(Folder((id, RuleTestKit.Rule(id, "Facts.Assignments.Count >= 0"))), RuleTestKit.TempFolder("cache"));
        compiled.CreateScope(id).ShouldNotBeNull();
        return $"govrules-rules-{compiled.CacheKey[..12]}";
    }

    [Fact]
    public void Changing_a_rule_file_changes_the_cache_key()
    {
        var first = GeneratedRuleSource.Generate(Folder(("X-KEY", RuleTestKit.Rule("X-KEY", "true"))));
        var second = GeneratedRuleSource.Generate(Folder(("X-KEY", RuleTestKit.Rule("X-KEY", "false == false"))));

        RuleCompiler.CacheKeyOf(first.Source).ShouldNotBe(RuleCompiler.CacheKeyOf(second.Source));
    }

    [Fact]
    public void The_cache_location_follows_the_override_then_the_environment_then_the_platform()
    {
        CacheLocation.Resolve("/tmp/explicit-cache").ShouldBe("/tmp/explicit-cache");
        var platform = CacheLocation.Resolve(null);
        if (Environment.GetEnvironmentVariable(CacheLocation.EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            platform.ShouldBe(Path.GetFullPath(fromEnvironment));
        else if (OperatingSystem.IsLinux())
            platform.ShouldEndWith("govrules");
    }
}
