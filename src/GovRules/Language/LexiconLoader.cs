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
    /// <remarks>
    /// Read node by node rather than with YamlDotNet's reflection deserializer: the lexicon is loaded at the start of
    /// every check, and building a deserializer cost more than the whole rest of the load (70 against 27 ms in a
    /// fresh process), besides reporting an unknown field as a .NET property of an internal type.
    /// </remarks>
    public static LexiconFile Parse(string yaml, string source)
    {
        var root = LexiconYaml.Root(yaml, source);
        var file = new LexiconYaml(root, source, "a lexicon file", ["kind", "heads", "terms"]);
        var kind = KindOf(file, "'kind'") ?? throw file.Error(file.NodeOrRoot("kind"), "'kind' must be organ, post, unit or task (found '').");
        var entries = new List<LexiconEntry>();
        foreach (var termNode in file.Mappings("terms"))
        {
            var term = new LexiconYaml(termNode, source, "a term", ["id", "kind", "forms", "all-of"]);
            var id = term.Text("id");
            if (string.IsNullOrWhiteSpace(id)) throw term.Error(termNode, "a term has no 'id'.");
            var termKind = KindOf(term, $"'kind' of term '{id}'") ?? kind;
            var forms = term.Texts("forms");
            entries.Add(new LexiconEntry
            {
                Id = id.Trim(),
                Kind = termKind,
                Forms = (forms.Count == 0 ? [id] : forms).Select(TermPhrase.Parse).Where(p => p.Words.Count > 0).ToList(),
                AllOf = term.Lists("all-of").Select(combination => (IReadOnlyList<IReadOnlyList<WordPattern>>)combination
                    .Select(word => (IReadOnlyList<WordPattern>)word.Split('|').Select(WordPattern.Parse).ToList()).ToList()).ToList(),
                Source = source,
            });
        }
        return new LexiconFile(kind, file.Texts("heads").Select(h => TextNormalizer.Fold(h.Trim())).ToList(), entries);
    }

    // The mapping's kind field; null when absent, an error naming `what` when it is not a kind.
    private static TermKind? KindOf(LexiconYaml fields, string what)
    {
        if (fields.Text("kind") is not { } text) return null;
        if (Enum.TryParse<TermKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)) return kind;
        throw fields.Error(fields.NodeOrRoot("kind"), $"{what} must be organ, post, unit or task (found '{text}').");
    }
}

/// <summary>One parsed lexicon file.</summary>
/// <param name="Kind">The default kind of its terms.</param>
/// <param name="Heads">Compound heads that make an unknown word a name of this kind ("lautakunta" → organ).</param>
/// <param name="Entries">The terms.</param>
internal sealed record LexiconFile(TermKind Kind, IReadOnlyList<string> Heads, IReadOnlyList<LexiconEntry> Entries);
