using YamlDotNet.RepresentationModel;

namespace GovRules.Rules;

/// <summary>One requirement of the catalogue (shared/legal/requirements.md), as carried by the rule pack.</summary>
internal sealed record Requirement(string Id, string Title, string Basis, string Verification);

/// <summary>The requirement ids a rule may name: rules/requirements.yaml of the pack, plus any a user folder adds.</summary>
internal sealed class RequirementCatalogue
{
    public const string FileName = "requirements.yaml";

    private static readonly string[] EntryFields = ["id", "title", "basis", "verification"];
    private readonly Dictionary<string, Requirement> byId = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Requirement> All => byId.Values;

    public bool Contains(string id) => byId.ContainsKey(id);

    public Requirement? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Adds the entries of a requirements.yaml; problems go to <paramref name="errors"/>.</summary>
    public void Add(string file, string text, List<RuleDiagnostic> errors)
    {
        var root = RuleFileParser.LoadRoot(file, text, errors);
        if (root is null) return;
        var fields = new YamlFields(root, file, errors, ["requirements"], "the requirement catalogue");
        foreach (var map in fields.Mappings("requirements", required: true))
        {
            var entry = new YamlFields(map, file, errors, EntryFields, "a requirement");
            var id = entry.Text("id", required: true);
            var title = entry.Text("title", required: true);
            var basis = entry.Text("basis", required: false) ?? "";
            var verification = entry.Text("verification", required: false) ?? "";
            if (id is null || title is null) continue;
            if (!byId.TryAdd(id, new Requirement(id, title, basis, verification)))
                entry.Error(entry.Node("id")!, $"requirement '{id}' is listed twice");
        }
    }
}
