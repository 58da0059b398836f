using System.Security.Cryptography;
using System.Text;

namespace GovRules.Rules;

/// <summary>The rules to run, sorted by id, with the catalogue they were checked against.</summary>
internal sealed class RuleSet
{
    public RuleSet(IEnumerable<RuleDefinition> rules, RequirementCatalogue catalogue)
    {
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        Catalogue = catalogue;
        var identity = string.Join("\n", Rules.Select(r => $"{r.Id}\t{r.SourcePath}\t{r.ContentHash}"));
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    public IReadOnlyList<RuleDefinition> Rules { get; }

    public RequirementCatalogue Catalogue { get; }

    /// <summary>A hash of every rule file's path and content: the rule pack's identity in reports.</summary>
    public string ContentHash { get; }

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
