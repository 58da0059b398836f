using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovRules.Rules;

/// <summary>Parses one rule file; every problem becomes a <see cref="RuleDiagnostic"/>, never an exception.</summary>
internal static class RuleFileParser
{
    public static readonly string[] RuleFields =
        ["id", "requirement", "title", "checks", "basis", "severity", "profiles", "applies", "for-each", "assert", "message", "remedy", "examples"];

    private static readonly string[] BasisFields = ["act", "section", "url", "verification"];
    private static readonly string[] ExampleFields = ["expect", "document", "org", "profiles", "note"];

    /// <summary>The placeholders a message or remedy may use.</summary>
    public static readonly string[] Placeholders = ["item", "lookedFor", "found", "location", "rule", "requirement"];

    public static RuleDefinition? Parse(string file, string text, List<RuleDiagnostic> errors, bool builtIn)
    {
        var errorsBefore = errors.Count;
        var root = LoadRoot(file, text, errors);
        if (root is null) return null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var fields = new YamlFields(root, file, errors, RuleFields, "a rule");
        var id = fields.Text("id", required: true);
        var requirement = fields.Text("requirement", required: true);
        var title = fields.Localized("title", required: true);
        var checks = fields.Localized("checks", required: false);
        var basis = ReadBasis(fields, file, errors);
        var severity = ReadEnum(fields, "severity", required: true, RuleVocabulary.Severities);
        var applies = ReadExpression(fields, "applies", ExpressionRole.Applies, file, lines, required: false);
        var forEach = ReadExpression(fields, "for-each", ExpressionRole.ForEach, file, lines, required: false);
        var assert = ReadExpression(fields, "assert", ExpressionRole.Assert, file, lines, required: true);
        var message = fields.Localized("message", required: true);
        var remedy = fields.Localized("remedy", required: true);
        CheckPlaceholders(fields, "message", message);
        CheckPlaceholders(fields, "remedy", remedy);
        var examples = fields.Mappings("examples", required: false).Select((e, i) => ReadExample(e, i + 1, file, errors)).ToList();
        var profiles = fields.TextList("profiles");
        if (severity == Severity.Error)
            foreach (var weak in basis.Where(b => b.Verification is Verification.Unverified or Verification.Inferred))
                fields.Error(fields.Node("severity")!,
                    $"severity 'error' needs a verified basis, but '{weak.Act} {weak.Section}' is {RuleVocabulary.Name(weak.Verification)}; use 'warning'");
        if (errors.Count > errorsBefore || id is null || requirement is null || title is null || severity is null
            || assert is null || message is null || remedy is null)
            return null;
        return new RuleDefinition
        {
            Id = id,
            Requirement = requirement,
            Title = title,
            Checks = checks,
            Basis = basis,
            Severity = severity.Value,
            Profiles = profiles,
            Applies = applies,
            ForEach = forEach,
            Assert = assert,
            Message = message,
            Remedy = remedy,
            Examples = examples.OfType<RuleExample>().ToList(),
            SourcePath = file,
            BuiltIn = builtIn,
            IdAt = Position(fields.Node("id")!),
            RequirementAt = Position(fields.Node("requirement")!),
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }

    private static (int Line, int Column) Position(YamlNode node) => ((int)node.Start.Line, (int)node.Start.Column);

    internal static YamlMappingNode? LoadRoot(string file, string text, List<RuleDiagnostic> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var hint = e.Message.Contains("tag", StringComparison.OrdinalIgnoreCase)
                ? "; a value starting with '!' is read as a YAML tag: put the expression in quotes or in a block (|)" : "";
            errors.Add(new RuleDiagnostic(file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.Message}{hint}"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            errors.Add(new RuleDiagnostic(file, node is null ? 1 : (int)node.Start.Line, node is null ? 1 : (int)node.Start.Column,
                "a rule file must be a YAML mapping with id, requirement, title, basis, severity, assert, message and remedy"));
            return null;
        }
        return root;
    }

    private static List<LegalBasis> ReadBasis(YamlFields fields, string file, List<RuleDiagnostic> errors)
    {
        var list = new List<LegalBasis>();
        foreach (var map in fields.Mappings("basis", required: true))
        {
            var basis = new YamlFields(map, file, errors, BasisFields, "a basis entry");
            var act = basis.Text("act", required: true);
            var section = basis.Text("section", required: true);
            var url = basis.Text("url", required: false);
            var verification = ReadEnum(basis, "verification", required: true, RuleVocabulary.Verifications);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
                basis.Error(basis.Node("url")!, $"'{url}' is not an absolute URL");
            if (act is not null && section is not null && verification is not null)
                list.Add(new LegalBasis(act, section, url, verification.Value));
        }
        if (fields.Node("basis") is YamlSequenceNode { Children.Count: 0 } empty)
            fields.Error(empty, "'basis' must name at least one legal source");
        return list;
    }

    private static RuleExample? ReadExample(YamlMappingNode map, int ordinal, string file, List<RuleDiagnostic> errors)
    {
        var fields = new YamlFields(map, file, errors, ExampleFields, "an example");
        var expect = ReadEnum(fields, "expect", required: true, RuleVocabulary.Outcomes);
        var document = fields.Text("document", required: true);
        var note = fields.Text("note", required: false);
        var org = fields.Node("org") switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            YamlMappingNode mapping => OrgYamlText(mapping),
            var other => Fail(fields, other),
        };
        if (expect is null || document is null) return null;
        return new RuleExample
        {
            Expect = expect.Value,
            Document = document,
            Org = org,
            Profiles = fields.TextList("profiles"),
            Note = note,
            Ordinal = ordinal,
            Line = (int)map.Start.Line,
        };

        static string? Fail(YamlFields fields, YamlNode node)
        {
            fields.Error(node, "'org' must be a chart mapping (chart: …, nodes: …) or a YAML text");
            return null;
        }
    }

    /// <summary>Serialises the chart mapping back to YAML text for the chart reader.</summary>
    private static string OrgYamlText(YamlMappingNode mapping)
    {
        var stream = new YamlStream(new YamlDocument(mapping));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static T? ReadEnum<T>(YamlFields fields, string key, bool required, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var text = fields.Text(key, required);
        if (text is null) return null;
        if (names.TryGetValue(text, out var value)) return value;
        fields.Error(fields.Node(key)!, $"'{text}' is not a valid {key}; expected one of: {string.Join(", ", names.Keys)}");
        return null;
    }

    private static void CheckPlaceholders(YamlFields fields, string key, LocalizedText? text)
    {
        if (text is null) return;
        foreach (var name in MessageTemplate.PlaceholdersIn(text.Fi).Concat(MessageTemplate.PlaceholdersIn(text.En)).Distinct())
            if (!Placeholders.Contains(name))
                fields.Error(fields.Node(key)!, $"unknown placeholder {{{name}}} in '{key}'; known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}");
    }

    private static RuleExpression? ReadExpression(YamlFields fields, string key, ExpressionRole role, string file, string[] lines, bool required)
    {
        if (fields.Node(key) is YamlScalarNode { Tag.IsEmpty: false } tagged && tagged.Style == ScalarStyle.Plain)
        {
            fields.Error(tagged, $"'{key}' starts with '!', which YAML reads as a tag; put the expression in quotes or in a block (|)");
            return null;
        }
        var text = fields.Text(key, required);
        if (text is null) return null;
        if (text.Trim().Length == 0)
        {
            fields.Error(fields.Node(key)!, $"'{key}' is empty; write a C# expression");
            return null;
        }
        return ExpressionReader.Read(role, file, (YamlScalarNode)fields.Node(key)!, lines);
    }
}
