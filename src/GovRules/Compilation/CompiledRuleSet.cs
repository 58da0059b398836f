using System.Reflection;
using System.Runtime.Loader;
using GovRules.Engine.Vocabulary;
using GovRules.Rules;

namespace GovRules.Compilation;

/// <summary>
/// A rule set whose expressions are compiled into one assembly, loaded into a collectible load context.
/// Creates a fresh <see cref="RuleScope"/> per rule evaluation. Dispose to unload the assembly.
/// </summary>
internal sealed class CompiledRuleSet : IDisposable
{
    private readonly AssemblyLoadContext context;
    private readonly Dictionary<string, Type> scopes;

    private CompiledRuleSet(RuleSet rules, string cacheKey, bool fromCache, AssemblyLoadContext context, Dictionary<string, Type> scopes)
    {
        Rules = rules;
        CacheKey = cacheKey;
        FromCache = fromCache;
        this.context = context;
        this.scopes = scopes;
    }

    public RuleSet Rules { get; }

    /// <summary>The content hash the assembly was compiled (and cached) under.</summary>
    public string CacheKey { get; }

    /// <summary>Whether the assembly came from the disk cache (no compilation in this run).</summary>
    public bool FromCache { get; }

    /// <summary>A new scope for one evaluation of <paramref name="ruleId"/>.</summary>
    public RuleScope CreateScope(string ruleId) => (RuleScope)Activator.CreateInstance(scopes[ruleId])!;

    /// <summary>Loads compiled bytes; null when they are not a usable assembly for this source and key (a stale or corrupt entry).</summary>
    public static CompiledRuleSet? TryLoad(byte[] assembly, GeneratedRuleSource source, RuleSet rules, string cacheKey, bool fromCache)
    {
        var context = new AssemblyLoadContext($"govrules-rules-{cacheKey[..12]}", isCollectible: true);
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly));
            var manifest = loaded.GetType($"{GeneratedRuleSource.Namespace}.{GeneratedRuleSource.ManifestClass}");
            var key = manifest?.GetField("Key", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            var scopes = new Dictionary<string, Type>(StringComparer.Ordinal);
            foreach (var rule in source.Rules)
                if (loaded.GetType($"{GeneratedRuleSource.Namespace}.{rule.ClassName}") is { } type && type.IsSubclassOf(typeof(RuleScope)))
                    scopes[rule.Rule.Id] = type;
            if (key == cacheKey && scopes.Count == source.Rules.Count)
                return new CompiledRuleSet(rules, cacheKey, fromCache, context, scopes);
        }
        catch (BadImageFormatException)
        {
            // A truncated or corrupt entry: the caller compiles again.
        }
        context.Unload();
        return null;
    }

    public void Dispose() => context.Unload();
}
