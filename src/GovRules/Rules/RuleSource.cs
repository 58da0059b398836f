using System.Reflection;

namespace GovRules.Rules;

/// <summary>A rule file's name as shown in messages and its text.</summary>
internal sealed record RuleSourceFile(string DisplayPath, string Text, bool BuiltIn);

/// <summary>Finds rule files: the built-in pack embedded in the library, and user folders on disk.</summary>
internal static class RuleSource
{
    private const string Prefix = "rules/";
    private static readonly Assembly Library = typeof(RuleSource).Assembly;

    /// <summary>The built-in rule files (embedded as rules/&lt;folder&gt;/&lt;ID&gt;.yaml), excluding the lexicon and the catalogue.</summary>
    public static IReadOnlyList<RuleSourceFile> BuiltInRules() =>
        Library.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(n => !n.StartsWith(Prefix + "lexicon/", StringComparison.Ordinal) && n != Prefix + RequirementCatalogue.FileName)
            .Order(StringComparer.Ordinal)
            .Select(n => new RuleSourceFile(n, ReadResource(n), BuiltIn: true))
            .ToList();

    /// <summary>The built-in requirement catalogue.</summary>
    public static RuleSourceFile BuiltInCatalogue() =>
        new(Prefix + RequirementCatalogue.FileName, ReadResource(Prefix + RequirementCatalogue.FileName), BuiltIn: true);

    /// <summary>The rule files of a user folder (recursive *.yaml and *.yml, except requirements.yaml and govrules.yaml at its root).</summary>
    public static IReadOnlyList<RuleSourceFile> FolderRules(string directory) =>
        Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Where(p => !IsFolderMetadata(directory, p))
            .Order(StringComparer.Ordinal)
            .Select(p => new RuleSourceFile(p, File.ReadAllText(p), BuiltIn: false))
            .ToList();

    /// <summary>A user folder's own requirements.yaml, when it has one.</summary>
    public static RuleSourceFile? FolderCatalogue(string directory)
    {
        var path = Path.Combine(directory, RequirementCatalogue.FileName);
        return File.Exists(path) ? new RuleSourceFile(path, File.ReadAllText(path), BuiltIn: false) : null;
    }

    private static bool IsFolderMetadata(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        return relative is RequirementCatalogue.FileName or GovRulesConfig.FileName
            || relative.StartsWith("lexicon/", StringComparison.Ordinal);
    }

    private static string ReadResource(string name)
    {
        using var stream = Library.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in resource {name} is missing from the library.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
