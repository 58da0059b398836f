using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace GovRules.Tests.Reporting;

/// <summary>Validates JSON text against a JSON Schema file and returns the errors as readable lines.</summary>
internal static class SchemaValidation
{
    private static readonly Dictionary<string, JSchema> Cache = [];

    public static IReadOnlyList<string> Errors(string json, string schemaPath)
    {
        JSchema schema;
        lock (Cache)
        {
            if (!Cache.TryGetValue(schemaPath, out schema!))
            {
                schema = JSchema.Parse(File.ReadAllText(schemaPath));
                Cache[schemaPath] = schema;
            }
        }
        var token = JToken.Parse(json);
        token.IsValid(schema, out IList<ValidationError> errors);
        return [.. Flatten(errors)];
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Path}: {error.Message}";
            foreach (var child in Flatten(error.ChildErrors)) yield return "  " + child;
        }
    }
}
