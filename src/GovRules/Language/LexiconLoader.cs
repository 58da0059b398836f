using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GovRules.Language;

/// <summary>
/// Reads lexicon files: the embedded rules/lexicon/*.yaml, then any *.yaml in the extra directories a
/// county gives (a "lexicon" folder beside its rule folder). A later entry with the same id adds its forms.
/// </summary>
internal static class LexiconLoader
{
    private const string ResourcePrefix = "rules/lexicon/";

    /// <summary>The built-in lexicon plus the files in <paramref name="extraDirectories"/>.</summary>
    /// <exception cref="InvalidDataException">A file is not valid lexicon YAML; the message names file and line.</exception>
    public static Lexicon Load(IEnumerable<string>? extraDirectories = null)
    {
        var files = new List<LexiconFile>();
        var assembly = typeof(LexiconLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add(Parse(reader.ReadToEnd(), name));
        }
        foreach (var directory in extraDirectories ?? [])
        {
            if (!Directory.Exists(directory)) continue;
            foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
                files.Add(Parse(File.ReadAllText(path), path));
        }
        return Lexicon.From(files);
    }

    /// <summary>
    /// The built-in lexicon plus a county's own: for each user rule folder, the *.yaml files of a "lexicon"
    /// folder inside it or beside it (…/county/rules and …/county/lexicon).
    /// </summary>
    public static Lexicon LoadForRuleFolders(IEnumerable<string> ruleFolders)
    {
        ArgumentNullException.ThrowIfNull(ruleFolders);
        var directories = new List<string>();
        foreach (var folder in ruleFolders)
        {
            var full = Path.GetFullPath(folder);
            directories.Add(Path.Combine(full, "lexicon"));
            if (Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) is { } parent) directories.Add(Path.Combine(parent, "lexicon"));
        }
        return Load(directories.Distinct(StringComparer.Ordinal));
    }

    /// <summary>Parses one lexicon file's text; <paramref name="source"/> names it in errors.</summary>
    public static LexiconFile Parse(string yaml, string source)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        LexiconFileDto dto;
        try
        {
            dto = deserializer.Deserialize<LexiconFileDto?>(yaml) ?? new LexiconFileDto();
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
        if (!Enum.TryParse<TermKind>(dto.Kind, ignoreCase: true, out var kind))
            throw new InvalidDataException($"{source}: 'kind' must be organ, post, unit or task (found '{dto.Kind}').");
        var entries = new List<LexiconEntry>();
        foreach (var term in dto.Terms)
        {
            if (string.IsNullOrWhiteSpace(term.Id))
                throw new InvalidDataException($"{source}: a term has no 'id'.");
            var forms = term.Forms.Count == 0 ? [term.Id] : term.Forms;
            entries.Add(new LexiconEntry
            {
                Id = term.Id.Trim(),
                Kind = term.Kind is null ? kind : Enum.Parse<TermKind>(term.Kind, ignoreCase: true),
                Forms = forms.Select(TermPhrase.Parse).Where(p => p.Words.Count > 0).ToList(),
                AllOf = term.AllOf.Select(combo => (IReadOnlyList<IReadOnlyList<WordPattern>>)combo
                    .Select(word => (IReadOnlyList<WordPattern>)word.Split('|').Select(WordPattern.Parse).ToList()).ToList()).ToList(),
                Source = source,
            });
        }
        return new LexiconFile(kind, dto.Heads.Select(h => TextNormalizer.Fold(h.Trim())).ToList(), entries);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    private sealed class LexiconFileDto
    {
        public string Kind { get; set; } = "";

        public List<string> Heads { get; set; } = [];

        public List<TermDto> Terms { get; set; } = [];
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "Instantiated by YamlDotNet.")]
    private sealed class TermDto
    {
        public string Id { get; set; } = "";

        public string? Kind { get; set; }

        public List<string> Forms { get; set; } = [];

        public List<List<string>> AllOf { get; set; } = [];
    }
}

/// <summary>One parsed lexicon file.</summary>
/// <param name="Kind">The default kind of its terms.</param>
/// <param name="Heads">Compound heads that make an unknown word a name of this kind ("lautakunta" → organ).</param>
/// <param name="Entries">The terms.</param>
internal sealed record LexiconFile(TermKind Kind, IReadOnlyList<string> Heads, IReadOnlyList<LexiconEntry> Entries);
