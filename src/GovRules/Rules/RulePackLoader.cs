namespace GovRules.Rules;

/// <summary>Which rules to load.</summary>
internal sealed record RulePackOptions
{
    /// <summary>Whether the built-in pack is loaded (false for <c>rules test DIR</c>).</summary>
    public bool IncludeBuiltIn { get; init; } = true;

    /// <summary>User rule folders, loaded beside the built-in pack; a user rule replaces a built-in rule with its id.</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>Rules disabled by id (from govrules.yaml).</summary>
    public IReadOnlyList<DisabledRule> Disabled { get; init; } = [];
}

/// <summary>Loads a rule pack, collecting every problem of every file before giving up.</summary>
internal static class RulePackLoader
{
    /// <exception cref="RuleLoadException">Any rule file is invalid; carries every problem found.</exception>
    public static RuleSet Load(RulePackOptions options)
    {
        var errors = new List<RuleDiagnostic>();
        var catalogue = new RequirementCatalogue();
        var builtInCatalogue = RuleSource.BuiltInCatalogue();
        catalogue.Add(builtInCatalogue.DisplayPath, builtInCatalogue.Text, errors);
        var files = new List<RuleSourceFile>();
        if (options.IncludeBuiltIn) files.AddRange(RuleSource.BuiltInRules());
        foreach (var folder in options.Folders)
        {
            if (!Directory.Exists(folder))
            {
                errors.Add(new RuleDiagnostic(folder, 1, 1, "no such rule folder; give a directory that holds rule files (ID.yaml)"));
                continue;
            }
            if (RuleSource.FolderCatalogue(folder) is { } own) catalogue.Add(own.DisplayPath, own.Text, errors);
            files.AddRange(RuleSource.FolderRules(folder));
        }

        var byId = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var rule = RuleFileParser.Parse(file.DisplayPath, file.Text, errors, file.BuiltIn);
            if (rule is null || !Validate(rule, catalogue, errors)) continue;
            if (byId.TryGetValue(rule.Id, out var earlier) && earlier.BuiltIn == rule.BuiltIn)
                errors.Add(At(rule, rule.IdAt, $"duplicate rule id '{rule.Id}'; it is already defined in {earlier.SourcePath}"));
            else if (earlier is null || !rule.BuiltIn)
                byId[rule.Id] = rule;
        }
        foreach (var disabled in options.Disabled)
        {
            if (!byId.Remove(disabled.Id) && !files.Any(f => FileId(f.DisplayPath) == disabled.Id))
                errors.Add(new RuleDiagnostic(disabled.File, disabled.Line, disabled.Column, $"'disable' names an unknown rule '{disabled.Id}'"));
        }
        if (errors.Count > 0)
            throw new RuleLoadException(errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList());
        return new RuleSet(byId.Values, catalogue);
    }

    private static bool Validate(RuleDefinition rule, RequirementCatalogue catalogue, List<RuleDiagnostic> errors)
    {
        var valid = true;
        var expected = FileId(rule.SourcePath);
        if (!string.Equals(rule.Id, expected, StringComparison.Ordinal))
        {
            errors.Add(At(rule, rule.IdAt, $"rule id '{rule.Id}' does not match the file name; name the file {rule.Id}.yaml or change the id to '{expected}'"));
            valid = false;
        }
        if (!catalogue.Contains(rule.Requirement))
        {
            errors.Add(At(rule, rule.RequirementAt, $"unknown requirement id '{rule.Requirement}'; use an id of rules/requirements.yaml (or add it to your folder's requirements.yaml)"));
            valid = false;
        }
        return valid;
    }

    private static string FileId(string path) => Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));

    private static RuleDiagnostic At(RuleDefinition rule, (int Line, int Column) at, string message) =>
        new(rule.SourcePath, at.Line, at.Column, message);
}
