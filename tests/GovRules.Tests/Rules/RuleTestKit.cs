
namespace GovRules.Tests.Rules;

/// <summary>Paths and small helpers for the rule loader, compiler and engine tests.</summary>
internal static class RuleTestKit
{
    /// <summary>The repository root (found from this source file, so it works with any --artifacts-path).</summary>
    public static string RepoRoot => RepoPaths.RepoRoot;

    public static string SharedCatalogue => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "legal", "requirements.md"));

    public static string HostileLoadFolder => Path.Combine(RepoRoot, "tests", "GovRules.Tests", "Compilation", "Hostile", "Load");

    public static string HostileEvaluationFolder => Path.Combine(RepoRoot, "tests", "GovRules.Tests", "Compilation", "Hostile", "Evaluation");

    /// <summary>A fresh, empty temporary folder.</summary>
    public static string TempFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "govrules-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes rule files (name without .yaml → text) into a fresh folder.</summary>
    public static string RuleFolder(params (string Id, string Yaml)[] rules)
    {
        var folder = TempFolder("rules");
        foreach (var (id, yaml) in rules) File.WriteAllText(Path.Combine(folder, id + ".yaml"), yaml);
        return folder;
    }

    /// <summary>A valid rule file whose assert (and optional extra fields) the test chooses.</summary>
    public static string Rule(string id, string assert, string severity = "warning", string extra = "") => $"""
        id: {id}
        requirement: HVAL-14
        title:
          fi: Testisääntö {id}
          en: Test rule {id}
        basis:
          - act: 611/2021
            section: 14 §
            url: https://finlex.fi/fi/laki/ajantasa/2021/20210611
            verification: quoted
        severity: {severity}
        {extra}assert: {assert}
        message:
          fi: Puuttuu {"{lookedFor}"}.
          en: Missing {"{lookedFor}"}.
        remedy:
          fi: Lisää määräys.
          en: Add a provision.
        examples:
          - expect: pass
            document: |
              ## 1 § Testi

              Aluehallitus vastaa neuvotteluista alueen kuntien kanssa.

        """;
}
