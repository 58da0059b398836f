using Microsoft.CodeAnalysis;

namespace GovRules.Compilation;

/// <summary>
/// The assemblies rule expressions compile against: the framework's System.* assemblies (so that a forbidden
/// API binds and the sandbox can name it) and the GovRules library with the vocabulary.
/// </summary>
internal static class RuleReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(Build);

    public static IReadOnlyList<MetadataReference> All => References.Value;

    private static IReadOnlyList<MetadataReference> Build()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var platform = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in platform)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name is "System" or "mscorlib" or "netstandard" or "Microsoft.CSharp" || name.StartsWith("System.", StringComparison.Ordinal))
                paths.TryAdd(name, path);
        }
        foreach (var assembly in new[] { typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Engine.Vocabulary.RuleScope).Assembly })
            if (!string.IsNullOrEmpty(assembly.Location)) paths[assembly.GetName().Name!] = assembly.Location;
        return paths.Values.Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
