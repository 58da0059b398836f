using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovRules.OrgCharts;

namespace GovRules.Cli.Output;

/// <summary>Renders charts as JSON: {"charts":[{source, form, title?, nodes:[{name, kind, head?, assistant, source, children}]}]}.</summary>
internal static class OrgJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<OrgChart> charts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("charts");
            foreach (var chart in charts)
            {
                json.WriteStartObject();
                json.WriteString("source", chart.SourceName);
                json.WriteString("form", Camel(chart.Form.ToString()));
                if (chart.Title is not null) json.WriteString("title", chart.Title);
                json.WritePropertyName("nodes");
                WriteNodes(json, chart.Roots);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNodes(Utf8JsonWriter json, IReadOnlyList<OrgNode> nodes)
    {
        json.WriteStartArray();
        foreach (var node in nodes)
        {
            json.WriteStartObject();
            json.WriteString("name", node.Name);
            json.WriteString("kind", Camel(node.Kind.ToString()));
            if (node.Head is not null) json.WriteString("head", node.Head);
            json.WriteBoolean("assistant", node.IsAssistant);
            if (node.Source is not null) json.WriteString("source", node.Source);
            json.WritePropertyName("children");
            WriteNodes(json, node.Children);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
