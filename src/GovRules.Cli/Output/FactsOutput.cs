using System.Text.Encodings.Web;
using System.Text.Json;
using GovRules.Documents;
using GovRules.Facts;

namespace GovRules.Cli.Output;

/// <summary>
/// `doc show FILE --facts`: what the extractor found — organs, posts and units, every assignment,
/// delegation and reporting line with its location. Text for a reader; JSON ("govrules-facts/1", docs/facts.md) for a program.
/// </summary>
internal static class FactsOutput
{
    public const string Schema = "govrules-facts/1";

    public static void WriteText(FactBase facts, TextWriter output)
    {
        output.WriteLine($"{facts.Document.SourceName}: {facts.Entities.Count} toimijaa, {facts.Assignments.Count} tehtävää, "
            + $"{facts.Delegations.Count} toimivallan siirtoa, {facts.ReportingLines.Count} alaisuussuhdetta");
        output.WriteLine();
        output.WriteLine("Toimielimet, viranhaltijat ja yksiköt:");
        foreach (var entity in facts.Entities)
        {
            var defined = entity.Definitions.Count == 0 ? "ei tehtäviä" : "tehtävät: " + string.Join(", ", entity.Definitions.Select(d => d.Anchor).Distinct().Take(8));
            output.WriteLine($"  {KindName(entity.Kind),-12} {entity.Id}  ({defined}; mainintoja {entity.Mentions.Count}{(entity.InChart ? "; kaaviossa" : "")})");
        }
        output.WriteLine();
        output.WriteLine("Tehtävät:");
        foreach (var assignment in facts.Assignments)
        {
            var qualifiers = assignment.Qualifiers == AssignmentQualifiers.None ? "" : $"  [{QualifierNames(assignment.Qualifiers)}]";
            output.WriteLine($"  {Place(assignment.Location)}  {assignment.Holder} {VerbName(assignment.Verb)}: {assignment.Task}{qualifiers}");
            output.WriteLine($"      termit: {string.Join(", ", assignment.Terms)}");
        }
        output.WriteLine();
        output.WriteLine("Toimivallan siirrot:");
        foreach (var delegation in facts.Delegations)
        {
            output.WriteLine($"  {Place(delegation.Location)}  {delegation.From} → {delegation.To ?? "(ei nimetty)"}: {delegation.Scope}"
                + $"  [edelleen: {RedelegationName(delegation.Redelegation)}{(delegation.Instrument is null ? "" : "; " + delegation.Instrument)}]");
        }
        output.WriteLine();
        output.WriteLine("Alaisuussuhteet:");
        foreach (var line in facts.ReportingLines)
            output.WriteLine($"  {line.Subordinate} → {line.Superior}  ({(line.Source == ReportingSource.Chart ? "kaavio" : Place(line.Location!))})");
    }

    public static void WriteJson(FactBase facts, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("source", facts.Document.SourceName);
        json.WriteStartArray("entities");
        foreach (var entity in facts.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("name", entity.Name);
            json.WriteString("kind", entity.Kind.ToString().ToLowerInvariant());
            json.WriteBoolean("inChart", entity.InChart);
            WriteLocations(json, "definitions", entity.Definitions);
            WriteLocations(json, "mentions", entity.Mentions);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("assignments");
        foreach (var assignment in facts.Assignments)
        {
            json.WriteStartObject();
            json.WriteString("holder", assignment.Holder);
            json.WriteString("holderText", assignment.HolderText);
            json.WriteString("verb", assignment.Verb.ToString().ToLowerInvariant());
            json.WriteString("task", assignment.Task);
            WriteStrings(json, "terms", assignment.Terms);
            WriteStrings(json, "qualifiers", Enum.GetValues<AssignmentQualifiers>().Where(q => q != AssignmentQualifiers.None && assignment.Qualifiers.HasFlag(q))
                .Select(q => JsonNamingPolicy.CamelCase.ConvertName(q.ToString())).ToList());
            WriteLocation(json, "location", assignment.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("delegations");
        foreach (var delegation in facts.Delegations)
        {
            json.WriteStartObject();
            json.WriteString("from", delegation.From);
            if (delegation.To is not null) json.WriteString("to", delegation.To);
            json.WriteString("scope", delegation.Scope);
            WriteStrings(json, "terms", delegation.Terms);
            json.WriteString("redelegation", delegation.Redelegation.ToString().ToLowerInvariant());
            if (delegation.Instrument is not null) json.WriteString("instrument", delegation.Instrument);
            WriteLocation(json, "location", delegation.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("reportingLines");
        foreach (var line in facts.ReportingLines)
        {
            json.WriteStartObject();
            json.WriteString("subordinate", line.Subordinate);
            json.WriteString("superior", line.Superior);
            json.WriteString("source", line.Source.ToString().ToLowerInvariant());
            if (line.Location is not null) WriteLocation(json, "location", line.Location);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteString("anchor", location.Anchor);
        json.WriteString("citation", location.Citation);
        json.WriteNumber("paragraph", location.Paragraph);
        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, string name, IEnumerable<SourceLocation> locations)
    {
        json.WriteStartArray(name);
        foreach (var location in locations) json.WriteStringValue(location.Anchor);
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static string Place(SourceLocation location) => $"{location.Citation} [{location.Anchor}]";

    private static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Organ => "toimielin",
        EntityKind.Post => "viranhaltija",
        _ => "yksikkö",
    };

    private static string VerbName(AssignmentVerb verb) => verb switch
    {
        AssignmentVerb.Vastaa => "vastaa",
        AssignmentVerb.Paattaa => "päättää",
        AssignmentVerb.Johtaa => "johtaa",
        AssignmentVerb.Toimii => "toimii",
        AssignmentVerb.Tehtava => "tehtävänä",
        AssignmentVerb.Huolehtii => "huolehtii",
        AssignmentVerb.Valmistelee => "valmistelee",
        AssignmentVerb.On => "on",
        AssignmentVerb.Omistaa => "omistaa (X:llä on)",
        _ => "muu tehtävä",
    };

    private static string QualifierNames(AssignmentQualifiers qualifiers)
    {
        var names = new List<string>();
        if (qualifiers.HasFlag(AssignmentQualifiers.NonExhaustive)) names.Add("muun muassa");
        if (qualifiers.HasFlag(AssignmentQualifiers.InAdditionToStatute)) names.Add("laissa säädetyn lisäksi");
        if (qualifiers.HasFlag(AssignmentQualifiers.Shared)) names.Add("osaltaan");
        if (qualifiers.HasFlag(AssignmentQualifiers.Residual)) names.Add("jollei toisin");
        return string.Join(", ", names);
    }

    private static string RedelegationName(Redelegation redelegation) => redelegation switch
    {
        Redelegation.Allowed => "sallittu",
        Redelegation.Forbidden => "kielletty",
        _ => "ei mainittu",
    };
}
