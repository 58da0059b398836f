using YamlDotNet.RepresentationModel;

namespace GovRules.Rules;

/// <summary>A rule id disabled in a config file, with where it was written.</summary>
internal sealed record DisabledRule(string Id, string File, int Line, int Column);

/// <summary>
/// The project config file govrules.yaml: <c>disable: [ID, …]</c> turns rules off by id,
/// <c>profiles: [name, …]</c> declares the county's profiles, <c>rules: [DIR, …]</c> adds rule folders
/// (relative to the config file). See docs/rule-format.md.
/// </summary>
internal sealed record GovRulesConfig
{
    public const string FileName = "govrules.yaml";

    private static readonly string[] Fields = ["disable", "profiles", "rules"];

    public IReadOnlyList<DisabledRule> Disable { get; init; } = [];

    public IReadOnlyList<string> Profiles { get; init; } = [];

    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    public static GovRulesConfig Empty { get; } = new();

    /// <summary>Reads a config file.</summary>
    /// <exception cref="RuleLoadException">The file is not valid, with one diagnostic per problem.</exception>
    public static GovRulesConfig Load(string path)
    {
        var errors = new List<RuleDiagnostic>();
        var root = RuleFileParser.LoadRoot(path, File.ReadAllText(path), errors);
        if (root is null) throw new RuleLoadException(errors);
        var fields = new YamlFields(root, path, errors, Fields, "govrules.yaml");
        var disabled = new List<DisabledRule>();
        if (fields.Node("disable") is YamlSequenceNode sequence)
            foreach (var item in sequence.Children.OfType<YamlScalarNode>())
                disabled.Add(new DisabledRule(item.Value ?? "", path, (int)item.Start.Line, (int)item.Start.Column));
        else fields.TextList("disable");
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var folders = fields.TextList("rules").Select(f => Path.GetFullPath(Path.Combine(baseDir, f))).ToList();
        var profiles = fields.TextList("profiles");
        if (errors.Count > 0) throw new RuleLoadException(errors);
        return new GovRulesConfig { Disable = disabled, Profiles = profiles, RuleFolders = folders };
    }

    /// <summary>Reads <paramref name="path"/> when given, else govrules.yaml in <paramref name="directory"/> when present.</summary>
    public static GovRulesConfig LoadOrDefault(string? path, string directory)
    {
        if (path is not null) return Load(path);
        var candidate = Path.Combine(directory, FileName);
        return File.Exists(candidate) ? Load(candidate) : Empty;
    }
}
