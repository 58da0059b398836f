using GovRules.Rules;

namespace GovRules.Tests.Rules;

public sealed class RulePackLoaderTests
{
    [Fact]
    public void The_built_in_pack_loads_with_the_proof_rules_in_id_order()
    {
        var set = RulePackLoader.Load(new RulePackOptions());

        set.Find("HVAL-14").ShouldNotBeNull().SourcePath.ShouldBe("rules/hyvinvointialuelaki/HVAL-14.yaml");
        set.Find("PEL-JARJ").ShouldNotBeNull().SourcePath.ShouldBe("rules/pelastustoimi/PEL-JARJ.yaml");
        set.Rules.Select(r => r.Id).ShouldBe(set.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        set.Rules.ShouldAllBe(r => r.Examples.Count > 0);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_at_its_line_and_column()
    {
        var folder = RuleTestKit.RuleFolder(
            ("X-UNKNOWN", RuleTestKit.Rule("X-UNKNOWN", "true", extra: "colour: red\n")),
            ("X-MISSING", RuleTestKit.Rule("X-MISSING", "true").Replace("severity: warning\n", "", StringComparison.Ordinal)),
            ("X-TYPE", RuleTestKit.Rule("X-TYPE", "true").Replace("title:\n  fi: Testisääntö X-TYPE\n  en: Test rule X-TYPE\n", "title: [a, b]\n", StringComparison.Ordinal)),
            ("X-NAME", RuleTestKit.Rule("X-OTHER", "true")),
            ("X-REQ", RuleTestKit.Rule("X-REQ", "true").Replace("requirement: HVAL-14", "requirement: NO-SUCH", StringComparison.Ordinal)),
            ("X-WEAK", RuleTestKit.Rule("X-WEAK", "true", severity: "error").Replace("verification: quoted", "verification: inferred", StringComparison.Ordinal)));

        var error = Should.Throw<RuleLoadException>(() => RulePackLoader.Load(new RulePackOptions { IncludeBuiltIn = false, Folders = [folder] }));

        string Line(string id) => string.Join("\n", error.Diagnostics.Where(d => Path.GetFileName(d.File) == id + ".yaml"));
        Line("X-UNKNOWN").ShouldContain("X-UNKNOWN.yaml:12:1: unknown field 'colour'");
        Line("X-MISSING").ShouldContain("missing field 'severity'");
        Line("X-TYPE").ShouldContain("X-TYPE.yaml:3:8: field 'title' must be a mapping");
        Line("X-NAME").ShouldContain("X-NAME.yaml:1:5: rule id 'X-OTHER' does not match the file name");
        Line("X-REQ").ShouldContain("X-REQ.yaml:2:14: unknown requirement id 'NO-SUCH'");
        Line("X-WEAK").ShouldContain("severity 'error' needs a verified basis");
        error.Diagnostics.ShouldAllBe(d => d.Line > 0 && d.Column > 0);
    }

    [Fact]
    public void A_duplicate_id_in_user_folders_is_an_error_but_a_user_rule_replaces_a_built_in_one()
    {
        var first = RuleTestKit.RuleFolder(("HVAL-14", RuleTestKit.Rule("HVAL-14", "true")));
        var second = RuleTestKit.RuleFolder(("HVAL-14", RuleTestKit.Rule("HVAL-14", "false")));

        var replaced = RulePackLoader.Load(new RulePackOptions { Folders = [first] });
        replaced.Find("HVAL-14")!.SourcePath.ShouldStartWith(first);
        replaced.Find("PEL-JARJ").ShouldNotBeNull();

        var error = Should.Throw<RuleLoadException>(() => RulePackLoader.Load(new RulePackOptions { Folders = [first, second] }));
        error.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("duplicate rule id 'HVAL-14'");
    }

    [Fact]
    public void A_rule_disabled_in_govrules_yaml_is_not_loaded()
    {
        var folder = RuleTestKit.TempFolder("config");
        var config = Path.Combine(folder, GovRulesConfig.FileName);
        File.WriteAllText(config, "disable: [HVAL-14]\nprofiles: [kaksikielinen]\n");

        var loaded = GovRulesConfig.Load(config);
        var set = RulePackLoader.Load(new RulePackOptions { Disabled = loaded.Disable });

        loaded.Profiles.ShouldBe(["kaksikielinen"]);
        set.Find("HVAL-14").ShouldBeNull();
        set.Find("PEL-JARJ").ShouldNotBeNull();
    }

    [Fact]
    public void Disabling_an_unknown_rule_points_at_the_config_line()
    {
        var folder = RuleTestKit.TempFolder("config");
        var config = Path.Combine(folder, GovRulesConfig.FileName);
        File.WriteAllText(config, "disable:\n  - NO-SUCH-RULE\n");

        var error = Should.Throw<RuleLoadException>(() => RulePackLoader.Load(new RulePackOptions { Disabled = GovRulesConfig.Load(config).Disable }));

        error.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe($"{config}:2:5: 'disable' names an unknown rule 'NO-SUCH-RULE'");
    }

    [Fact]
    public void An_expression_that_yaml_reads_as_a_tag_gets_a_hint_to_quote_it()
    {
        var folder = RuleTestKit.RuleFolder(("X-TAG", RuleTestKit.Rule("X-TAG", "!Mentions(\"kunta\")")));

        var error = Should.Throw<RuleLoadException>(() => RulePackLoader.Load(new RulePackOptions { IncludeBuiltIn = false, Folders = [folder] }));

        error.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("put the expression in quotes");
    }

    [Fact]
    public void Broken_yaml_is_a_diagnostic_not_an_exception_trace()
    {
        var folder = RuleTestKit.RuleFolder(("X-BROKEN", "id: X-BROKEN\ntitle: [unclosed\n"));

        var error = Should.Throw<RuleLoadException>(() => RulePackLoader.Load(new RulePackOptions { IncludeBuiltIn = false, Folders = [folder] }));

        error.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("not valid YAML");
    }
}
