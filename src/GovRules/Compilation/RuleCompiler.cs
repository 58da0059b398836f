using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GovRules.Engine.Vocabulary;
using GovRules.Rules;

namespace GovRules.Compilation;

/// <summary>What the Roslyn back end produced: the assembly, or the problems mapped to rule files.</summary>
internal sealed record CompilationOutput(byte[]? Assembly, IReadOnlyList<RuleDiagnostic> Diagnostics);

/// <summary>
/// Compiles a rule set into one assembly, or loads it from the disk cache. The warm path (cache hit) touches
/// no Roslyn type, so the compiler assemblies are not even loaded; only <see cref="RoslynRuleCompiler"/> references them.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>Bumped when the generated code's shape changes, so old cache entries are not reused.</summary>
    private const int FormatVersion = 1;

    private static int compilations;

    /// <summary>How many times Roslyn compiled a rule set in this process (a warm run performs zero).</summary>
    public static int CompilationCount => Volatile.Read(ref compilations);

    /// <summary>Whether the Roslyn assemblies are loaded in this process (false after a warm run that only used the cache).</summary>
    public static bool IsCompilerLoaded => AppDomain.CurrentDomain.GetAssemblies()
        .Any(a => a.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true);

    /// <exception cref="RuleLoadException">An expression does not compile or leaves the sandbox.</exception>
    public static CompiledRuleSet Compile(RuleSet rules, string? cacheDirectory = null)
    {
        var source = GeneratedRuleSource.Generate(rules);
        var key = CacheKeyOf(source.Source);
        var cache = new RuleAssemblyCache(CacheLocation.Resolve(cacheDirectory));
        if (cache.TryLoad(key) is { } cached)
        {
            if (CompiledRuleSet.TryLoad(cached, source, rules, key, fromCache: true) is { } warm) return warm;
            cache.Remove(key);
        }
        var output = CompileWithRoslyn(source, key);
        Interlocked.Increment(ref compilations);
        if (output.Assembly is null) throw new RuleLoadException(output.Diagnostics);
        cache.Store(key, output.Assembly);
        return CompiledRuleSet.TryLoad(output.Assembly, source, rules, key, fromCache: false)
            ?? throw new InvalidOperationException("The freshly compiled rule assembly could not be loaded.");
    }

    /// <summary>The cache key: the generated source, the vocabulary's build (module version id) and the compiler version.</summary>
    public static string CacheKeyOf(string source)
    {
        var library = typeof(RuleScope).Assembly;
        var compiler = library.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis.CSharp")?.Version;
        var identity = $"{FormatVersion}\n{library.ManifestModule.ModuleVersionId}\n{compiler}\n{source}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    // Kept out of line: jitting the caller must not load the Roslyn assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompilationOutput CompileWithRoslyn(GeneratedRuleSource source, string key) =>
        RoslynRuleCompiler.Compile(source, key);
}
