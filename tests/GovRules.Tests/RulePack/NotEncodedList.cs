using GovRules.Rules;
using YamlDotNet.RepresentationModel;

namespace GovRules.Tests.RulePack;

/// <summary>A catalogue requirement the pack deliberately does not encode, with the reason.</summary>
internal sealed record NotEncodedRequirement(string Id, LocalizedText Reason);

/// <summary>Reads docs/not-encoded.yaml.</summary>
internal static class NotEncodedList
{
    public static IReadOnlyList<NotEncodedRequirement> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var entries = (YamlSequenceNode)root.Children[new YamlScalarNode("not-encoded")];
        return entries.Children.Cast<YamlMappingNode>().Select(entry =>
        {
            var reason = (YamlMappingNode)entry.Children[new YamlScalarNode("reason")];
            return new NotEncodedRequirement(
                Scalar(entry, "id"),
                new LocalizedText(Scalar(reason, "fi"), Scalar(reason, "en")));
        }).ToList();
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";
}
