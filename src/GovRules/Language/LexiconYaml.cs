using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovRules.Language;

/// <summary>
/// The fields of one mapping in a lexicon file, read by hand: an unknown field, or a field of the wrong
/// shape, is an <see cref="InvalidDataException"/> whose message names the file and line.
/// </summary>
internal sealed class LexiconYaml
{
    private readonly string source;
    private readonly YamlMappingNode mapping;
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);

    public LexiconYaml(YamlMappingNode mapping, string source, string what, IReadOnlyCollection<string> known)
    {
        this.mapping = mapping;
        this.source = source;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key)) throw Error(keyNode, $"unknown field '{key}' in {what}; expected one of: {string.Join(", ", known)}.");
            values[key] = value; // the YAML parser itself refuses a key given twice
        }
    }

    /// <summary>The root mapping of a lexicon file (an empty one for an empty file).</summary>
    public static YamlMappingNode Root(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw At(source, stream.Documents[0].RootNode, "a lexicon file must be a mapping with kind, heads and terms.");
    }

    /// <summary>The field's node, or the mapping's own when it is absent (where an error about it points).</summary>
    public YamlNode NodeOrRoot(string key) => values.GetValueOrDefault(key) ?? mapping;

    /// <summary>A scalar field's text; null when absent.</summary>
    public string? Text(string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value ?? "",
        var other => throw Error(other, $"field '{key}' must be a text."),
    };

    /// <summary>A list of texts (a single text counts as a list of one); empty when absent.</summary>
    public IReadOnlyList<string> Texts(string key) => values.GetValueOrDefault(key) is { } node ? TextsOf(node, key) : [];

    /// <summary>A list of lists of texts (the all-of combinations); empty when absent or left empty.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Lists(string key) => values.GetValueOrDefault(key) switch
    {
        null or YamlScalarNode { Value: null or "" } => [],
        YamlSequenceNode sequence => sequence.Children.Select(item => TextsOf(item, key)).ToList(),
        var other => throw Error(other, $"field '{key}' must be a list of word lists."),
    };

    /// <summary>The mappings of a list field (the terms); empty when absent or left empty.</summary>
    public IEnumerable<YamlMappingNode> Mappings(string key) => values.GetValueOrDefault(key) switch
    {
        null or YamlScalarNode { Value: null or "" } => [],
        YamlSequenceNode sequence => sequence.Children.Select(item => item as YamlMappingNode ?? throw Error(item, $"each item of '{key}' must be a mapping.")),
        var other => throw Error(other, $"field '{key}' must be a list."),
    };

    /// <summary>An error at a node of this file.</summary>
    public InvalidDataException Error(YamlNode node, string message) => At(source, node, message);

    private static InvalidDataException At(string source, YamlNode node, string message) => new($"{source}:{node.Start.Line}: {message}");

    private List<string> TextsOf(YamlNode node, string key) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } one } => [one],
        YamlScalarNode => [],
        YamlSequenceNode sequence => sequence.Children.Select(item => (item as YamlScalarNode)?.Value ?? throw Error(item, $"each item of '{key}' must be a text.")).ToList(),
        _ => throw Error(node, $"field '{key}' must be a list of texts."),
    };
}
