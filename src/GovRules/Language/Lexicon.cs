namespace GovRules.Language;

/// <summary>
/// The term lexicon: organs, posts, units and task terms by id, with every phrase that names them, and
/// the compound heads that make an unknown word a name ("…lautakunta" is an organ). Immutable;
/// matching with caches is <see cref="LexiconMatcher"/>.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> BuiltIn = new(() => LexiconLoader.Load());

    private readonly Dictionary<string, LexiconEntry> byId;
    private readonly Dictionary<string, LexiconEntry> byForm;
    private readonly Dictionary<string, LexiconHead> headsByWord = new(StringComparer.Ordinal);

    private Lexicon(IReadOnlyList<LexiconEntry> entries, IEnumerable<LexiconHead> heads)
    {
        Entries = entries;
        var unique = new List<LexiconHead>();
        foreach (var head in heads)
            if (headsByWord.TryAdd(head.Word, head)) unique.Add(head); // the first file to name a head gives its kind
        Heads = unique;
        byId = entries.ToDictionary(e => TextNormalizer.Fold(e.Id), StringComparer.Ordinal);
        byForm = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var phrase in entry.Forms)
                byForm.TryAdd(phrase.ToString(), entry);
    }

    /// <summary>The built-in lexicon (embedded rules/lexicon/*.yaml), loaded once.</summary>
    public static Lexicon Default => BuiltIn.Value;

    /// <summary>Every entry.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Compound heads (lower-case base forms) and the kind of name they make, each word once, in file order.</summary>
    public IReadOnlyList<LexiconHead> Heads { get; }

    /// <summary>The head written as <paramref name="word"/> (a lower-case base form); null when it is not one.</summary>
    public LexiconHead? Head(string word) => headsByWord.GetValueOrDefault(word);

    /// <summary>Builds a lexicon from parsed files; entries sharing an id are merged in file order.</summary>
    public static Lexicon From(IEnumerable<LexiconFile> files)
    {
        var merged = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var heads = new List<LexiconHead>();
        foreach (var file in files)
        {
            heads.AddRange(file.Heads.Select(head => new LexiconHead(head, file.Kind)));
            foreach (var entry in file.Entries)
            {
                if (merged.TryGetValue(entry.Id, out var existing))
                    merged[entry.Id] = existing with { Forms = [.. existing.Forms, .. entry.Forms], AllOf = [.. existing.AllOf, .. entry.AllOf] };
                else
                {
                    merged[entry.Id] = entry;
                    order.Add(entry.Id);
                }
            }
        }
        return new Lexicon(order.Select(id => merged[id]).ToList(), heads);
    }

    /// <summary>The entry a term names: its id, or any of its phrases written in base form; null when unknown.</summary>
    public LexiconEntry? Find(string term)
    {
        var key = TextNormalizer.Fold(TextNormalizer.Normalize(term));
        if (byId.TryGetValue(key, out var entry)) return entry;
        return byForm.GetValueOrDefault(TermPhrase.Parse(key).ToString());
    }
}

/// <summary>A compound head that makes an unknown word a name ("…lautakunta" is an organ) or, for tasks, a term word.</summary>
/// <param name="Word">The head in lower-case base form.</param>
/// <param name="Kind">The kind of name it makes.</param>
internal sealed record LexiconHead(string Word, TermKind Kind);
