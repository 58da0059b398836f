using GovRules.Rules;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;
using YamlDotNet.Serialization;

namespace GovRules.Tests.Rules;

public sealed class RuleSchemaTests
{
    private static readonly JSchema Schema = JSchema.Parse(File.ReadAllText(Path.Combine(RuleTestKit.RepoRoot, "docs", "rule-schema.json")));

    public static TheoryData<string> BuiltInRules() => new(RuleSource.BuiltInRules().Select(r => r.DisplayPath));

    [Theory]
    [MemberData(nameof(BuiltInRules))]
    public void Every_built_in_rule_validates_against_the_published_schema(string path)
    {
        var rule = RuleSource.BuiltInRules().Single(r => r.DisplayPath == path);

        var valid = ToJson(rule.Text).IsValid(Schema, out IList<string> errors);

        valid.ShouldBeTrue(string.Join("\n", errors));
    }

    [Fact]
    public void The_schema_rejects_what_the_loader_rejects()
    {
        var rule = ToJson(RuleTestKit.Rule("X-SCHEMA", "true", severity: "fatal", extra: "colour: red\n"));

        rule.IsValid(Schema, out IList<string> errors).ShouldBeFalse();
        errors.ShouldContain(e => e.Contains("colour", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("fatal", StringComparison.Ordinal));
    }

    private static JToken ToJson(string yaml) => JToken.FromObject(new DeserializerBuilder().Build().Deserialize<object>(yaml)!);
}
