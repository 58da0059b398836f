using GovRules.Documents;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Collects organs, posts and units as the extractor meets them, with every mention and definition.</summary>
internal sealed class EntityRegistry
{
    private readonly Dictionary<string, Builder> byId = new(StringComparer.Ordinal);
    private readonly List<Builder> order = [];

    /// <summary>Records that <paramref name="name"/> is mentioned at <paramref name="location"/>.</summary>
    public void Mention(NameMatch name, SourceLocation location) =>
        Get(name.Id, name.Case == GrammaticalCase.Nominative && !name.Plural ? name.Text : name.Id, name.Kind).AddMention(location);

    /// <summary>Records that the entity is given tasks or powers at <paramref name="location"/>.</summary>
    public void Define(string id, string text, TermKind kind, SourceLocation location) => Get(id, text, kind).AddDefinition(location);

    /// <summary>Records that the entity appears in the organisation chart.</summary>
    public void InChart(string id, string text, TermKind kind) => Get(id, text, kind).InChart = true;

    /// <summary>The entities in the order first met.</summary>
    public List<Entity> Build() => order.Select(b => new Entity
    {
        Id = b.Id,
        Name = b.Name,
        Kind = b.Kind,
        Definitions = b.Definitions,
        Mentions = b.Mentions,
        InChart = b.InChart,
    }).ToList();

    /// <summary>Maps a lexicon term kind to an entity kind.</summary>
    public static EntityKind KindOf(TermKind kind) => kind switch
    {
        TermKind.Organ => EntityKind.Organ,
        TermKind.Post => EntityKind.Post,
        _ => EntityKind.Unit,
    };

    private Builder Get(string id, string text, TermKind kind)
    {
        if (byId.TryGetValue(id, out var builder)) return builder;
        builder = new Builder(id, text, KindOf(kind));
        byId[id] = builder;
        order.Add(builder);
        return builder;
    }

    private sealed class Builder(string id, string name, EntityKind kind)
    {
        private HashSet<int>? definedIn;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public EntityKind Kind { get; } = kind;

        public List<SourceLocation> Definitions { get; } = [];

        public List<SourceLocation> Mentions { get; } = [];

        public bool InChart { get; set; }

        public void AddMention(SourceLocation location)
        {
            if (Mentions.Count == 0 || Mentions[^1].Paragraph != location.Paragraph) Mentions.Add(location);
        }

        // Most entities are defined in a few paragraphs: a scan of those; a set only for one defined all over the draft.
        public void AddDefinition(SourceLocation location)
        {
            if (Definitions.Count > 0 && Definitions[^1].Paragraph == location.Paragraph) return;
            if (definedIn is null && Definitions.Count < 8)
            {
                foreach (var definition in Definitions)
                    if (definition.Paragraph == location.Paragraph) return;
            }
            else if (!(definedIn ??= [.. Definitions.Select(d => d.Paragraph)]).Add(location.Paragraph)) return;
            Definitions.Add(location);
        }
    }
}
