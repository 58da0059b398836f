using YamlDotNet.RepresentationModel;

namespace GovRules.Rules;

/// <summary>
/// Reads the fields of a YAML mapping by hand so every problem (unknown field, missing field, wrong type)
/// becomes a diagnostic at the node's line and column instead of an exception.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode mapping;
    private readonly string file;
    private readonly List<RuleDiagnostic> errors;
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode mapping, string file, List<RuleDiagnostic> errors, IReadOnlyCollection<string> known, string what)
    {
        this.mapping = mapping;
        this.file = file;
        this.errors = errors;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
                Error(keyNode, $"unknown field '{key}' in {what}; expected one of: {string.Join(", ", known)}");
            else if (!values.TryAdd(key, value))
                Error(keyNode, $"field '{key}' is given twice in {what}");
        }
    }

    public YamlNode? Node(string key) => values.GetValueOrDefault(key);

    public void Error(YamlNode node, string message) => errors.Add(At(file, node, message));

    public static RuleDiagnostic At(string file, YamlNode node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, message);

    /// <summary>A required or optional scalar string; null (with an error when required) when absent or not a scalar.</summary>
    public string? Text(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Error(mapping, $"missing field '{key}'");
            return null;
        }
        if (node is YamlScalarNode { Value: { } value } && (value.Length > 0 || !required)) return value;
        Error(node, node is YamlScalarNode ? $"field '{key}' is empty" : $"field '{key}' must be a text, not a {Shape(node)}");
        return null;
    }

    /// <summary>A {fi, en} pair; both languages are required.</summary>
    public LocalizedText? Localized(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Error(mapping, $"missing field '{key}' (with 'fi' and 'en')");
            return null;
        }
        if (node is not YamlMappingNode map)
        {
            Error(node, $"field '{key}' must be a mapping with 'fi' and 'en', not a {Shape(node)}");
            return null;
        }
        var fields = new YamlFields(map, file, errors, ["fi", "en"], $"'{key}'");
        var fi = fields.Text("fi", required: true);
        var en = fields.Text("en", required: true);
        return fi is null || en is null ? null : new LocalizedText(fi.Trim(), en.Trim());
    }

    /// <summary>A list of scalar strings (a YAML sequence, or a single scalar treated as one item).</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is YamlScalarNode { Value: { Length: > 0 } one }) return [one];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"field '{key}' must be a list of names, not a {Shape(node)}");
            return [];
        }
        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value }) items.Add(value);
            else Error(item, $"each item of '{key}' must be a name, not a {Shape(item)}");
        }
        return items;
    }

    /// <summary>A sequence of mappings; errors for items that are not mappings.</summary>
    public IReadOnlyList<YamlMappingNode> Mappings(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Error(mapping, $"missing field '{key}'");
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"field '{key}' must be a list, not a {Shape(node)}");
            return [];
        }
        var items = new List<YamlMappingNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map) items.Add(map);
            else Error(item, $"each item of '{key}' must be a mapping, not a {Shape(item)}");
        }
        return items;
    }

    public static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text",
    };
}
