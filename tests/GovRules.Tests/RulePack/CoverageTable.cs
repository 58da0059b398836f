using System.Text;
using GovRules.Rules;

namespace GovRules.Tests.RulePack;

/// <summary>Generates docs/coverage.md: every catalogue requirement → the rules that encode it → their basis and verification.</summary>
internal static class CoverageTable
{
    public static string Generate(RuleSet rules, IReadOnlyList<NotEncodedRequirement> notEncoded)
    {
        var byRequirement = rules.Rules.ToLookup(r => r.Requirement, StringComparer.Ordinal);
        var catalogue = rules.Catalogue.All.ToList();
        var encoded = catalogue.Count(r => byRequirement[r.Id].Any());
        var text = new StringBuilder();
        text.Append("# Kattavuus — vaatimukset ja säännöt / Coverage — requirements and rules\n\n");
        text.Append("<!-- Generated from rules/ and docs/not-encoded.yaml by tests/GovRules.Tests/RulePack; ");
        text.Append("do not edit by hand. Regenerate: GOVRULES_UPDATE_DOCS=1 dotnet test --filter \"FullyQualifiedName~RulePack\" -->\n\n");
        text.Append($"Vaatimusluettelossa on {catalogue.Count} vaatimusta: {encoded} on koodattu {rules.Rules.Count} säännöllä, ");
        text.Append($"{notEncoded.Count} jätetty tarkoituksella koodaamatta.\n");
        text.Append($"The catalogue has {catalogue.Count} requirements: {encoded} are encoded by {rules.Rules.Count} rules, ");
        text.Append($"{notEncoded.Count} deliberately not encoded.\n\n");
        text.Append("| Vaatimus / requirement | Otsikko / title | Säännöt / rules | Vakavuus / severity | Perusta ja varmennus / basis and verification |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var requirement in catalogue)
        {
            var ruleList = byRequirement[requirement.Id].OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            if (ruleList.Count == 0)
            {
                var reason = notEncoded.FirstOrDefault(n => n.Id == requirement.Id)?.Reason.Fi ?? "PUUTTUU / MISSING";
                text.Append($"| {requirement.Id} | {Cell(requirement.Title)} | ei koodattu / not encoded | – | {Cell(requirement.Basis)} ({Cell(requirement.Verification)}): {Cell(reason)} |\n");
                continue;
            }
            var links = string.Join("<br>", ruleList.Select(r => $"[{r.Id}](rules/{r.Id}.md)"));
            var severities = string.Join("<br>", ruleList.Select(r => RuleVocabulary.Name(r.Severity)));
            var basis = string.Join("<br>", ruleList.SelectMany(r => r.Basis).Select(BasisText).Distinct(StringComparer.Ordinal));
            text.Append($"| {requirement.Id} | {Cell(requirement.Title)} | {links} | {severities} | {basis} |\n");
        }
        text.Append("\n## Ei koodattu / Not encoded\n\n");
        text.Append("| Vaatimus / requirement | Syy | Reason |\n|---|---|---|\n");
        foreach (var entry in notEncoded.OrderBy(n => n.Id, StringComparer.Ordinal))
            text.Append($"| {entry.Id} | {Cell(entry.Reason.Fi)} | {Cell(entry.Reason.En)} |\n");
        text.Append("\n## Varmennustasot / Verification levels\n\n");
        text.Append("`statute-text` lain teksti luettu / statute text read; `quoted` lakiteksti lainattu valmisteluaineistossa / quoted verbatim; ");
        text.Append("`secondary` viranomais- tai hyvinvointialueaineiston perusteella / from authorities' or counties' documents; ");
        text.Append("`inferred` pykälänumero päätelty kuntalain rakenteesta / section number inferred from kuntalaki; ");
        text.Append("`unverified` vahvistamatta / not confirmed. Säännön vakavuus on enintään `warning`, jos perusta on `inferred` tai `unverified`.\n");
        return text.ToString();
    }

    public static string BasisText(LegalBasis basis) =>
        $"{basis.Act} {basis.Section} ({RuleVocabulary.Name(basis.Verification)})";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
