using System.Reflection;
using GovRules.Compilation;
using GovRules.Documents;
using GovRules.Engine;
using GovRules.Facts;
using GovRules.Language;
using GovRules.OrgCharts;
using GovRules.Reporting;
using GovRules.Reporting.Docx;
using GovRules.Rules;

namespace GovRules;

/// <summary>What to load and how to check: rule folders, profiles, tracked-change view and language.</summary>
public sealed record GovRulesOptions
{
    /// <summary>Whether the built-in rule pack is loaded (default true).</summary>
    public bool IncludeBuiltInRules { get; init; } = true;

    /// <summary>User rule folders, loaded beside the built-in pack; a user rule replaces a built-in one with its id.</summary>
    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    /// <summary>A govrules.yaml config file (disabled rules, profiles, rule folders); null for none.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The county's declared profiles, e.g. "kaksikielinen", "yhteinen-pelastuslaitos".</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>Which text of a draft with tracked changes is checked (default: all changes accepted).</summary>
    public ChangeView Changes { get; init; } = ChangeView.Accept;

    /// <summary>The language of evidence texts the rules write (messages and titles carry both languages).</summary>
    public TextLanguage Language { get; init; } = TextLanguage.Fi;

    /// <summary>Where compiled rule assemblies are cached; null for the default per-user cache.</summary>
    public string? CacheDirectory { get; init; }
}

/// <summary>A draft to check in a batch, with its organisation chart file (null: none, or the chart appended to the draft).</summary>
/// <param name="Path">The draft: .docx, .docm, .md or .txt.</param>
/// <param name="ChartPath">The chart: .yaml or a document holding one; null for none.</param>
public sealed record DocumentInput(string Path, string? ChartPath = null);

/// <summary>
/// The GovRules library in one object: load the rules once (compiled and cached), check drafts against
/// them, and render the <see cref="Report"/> in any <see cref="ReportFormat"/>. Thread-safe; dispose it to
/// unload the compiled rules.
/// </summary>
public sealed class GovRulesEngine : IDisposable
{
    private readonly CompiledRuleSet rules;
    private readonly EvaluationOptions evaluation;
    private readonly ReadOptions reading;
    private readonly Lexicon lexicon;

    private GovRulesEngine(CompiledRuleSet rules, GovRulesOptions options, IReadOnlyList<string> profiles, Lexicon lexicon)
    {
        this.rules = rules;
        this.lexicon = lexicon;
        evaluation = new EvaluationOptions { Profiles = profiles, Language = options.Language };
        reading = new ReadOptions { Changes = options.Changes };
    }

    /// <summary>The tool's version, e.g. "0.1.0".</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The rule pack's identity: the content hash of the loaded rule files.</summary>
    public string RulePack => rules.Rules.ContentHash;

    /// <summary>The ids of the loaded rules, in id order.</summary>
    public IReadOnlyList<string> RuleIds => [.. rules.Rules.Rules.Select(r => r.Id)];

    /// <summary>Loads and compiles the rules (from the on-disk cache when they were compiled before).</summary>
    /// <exception cref="RuleLoadException">A rule file or the config file is invalid, or an expression does not compile; every problem at file:line:column.</exception>
    public static GovRulesEngine Load(GovRulesOptions? options = null)
    {
        options ??= new GovRulesOptions();
        var config = options.ConfigFile is null ? GovRulesConfig.Empty : GovRulesConfig.Load(options.ConfigFile);
        IReadOnlyList<string> folders = [.. config.RuleFolders, .. options.RuleFolders];
        var ruleSet = RulePackLoader.Load(new RulePackOptions
        {
            IncludeBuiltIn = options.IncludeBuiltInRules,
            Folders = folders,
            Disabled = config.Disable,
        });
        var profiles = config.Profiles.Concat(options.Profiles).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // A county's own lexicon entries live in a lexicon/ folder beside (or inside) its rule folder.
        var lexicon = folders.Count == 0 ? Lexicon.Default : LexiconLoader.LoadForRuleFolders(folders);
        return new GovRulesEngine(RuleCompiler.Compile(ruleSet, options.CacheDirectory), options, profiles, lexicon);
    }

    /// <summary>Checks the draft at <paramref name="path"/>, with the chart at <paramref name="chartPath"/> when given.</summary>
    /// <exception cref="DocumentRejectedException">The draft cannot be read.</exception>
    /// <exception cref="OrgChartRejectedException">The chart cannot be read.</exception>
    public Report Check(string path, string? chartPath = null) => ToReport([CheckDocument(new DocumentInput(path, chartPath))]);

    /// <summary>Checks a draft from a stream; <paramref name="name"/> names it in the report and decides its format by extension.</summary>
    /// <exception cref="DocumentRejectedException">The draft cannot be read.</exception>
    public Report Check(Stream draft, string name, OrgChart? chart = null)
    {
        var document = DocumentReader.Read(draft, name, reading);
        return ToReport([Evaluate(document, chart ?? ChartInside(document))]);
    }

    /// <summary>
    /// Checks several drafts in parallel (one per processor), keeping only each draft's results in memory;
    /// the report lists them in input order. <paramref name="progress"/> hears each finished path.
    /// </summary>
    /// <exception cref="DocumentRejectedException">A draft cannot be read; the batch stops.</exception>
    /// <exception cref="OrgChartRejectedException">A chart cannot be read; the batch stops.</exception>
    public async Task<Report> CheckAsync(IReadOnlyList<DocumentInput> inputs, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var results = new DocumentReport[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), parallel, (i, _) =>
        {
            results[i] = CheckDocument(inputs[i]);
            progress?.Report(inputs[i].Path);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        return ToReport(results);
    }

    /// <summary>Renders a report: text (terminal), JSON (govrules-report/1), SARIF 2.1.0, Markdown or self-contained HTML.</summary>
    /// <param name="report">The report to render.</param>
    /// <param name="format">The output format.</param>
    /// <param name="language">The language of labels and rule texts.</param>
    /// <param name="showPassed">Whether the text report lists passed and not-applicable rules too (JSON always has every rule).</param>
    public static string Render(Report report, ReportFormat format, TextLanguage language = TextLanguage.Fi, bool showPassed = false) =>
        ReportRenderer.Render(report, format, new RenderOptions { Language = language, ShowPassed = showPassed });

    /// <summary>
    /// Writes a copy of the Word draft <paramref name="inputDocx"/> to <paramref name="outputDocx"/> with one review
    /// comment per finding of <paramref name="report"/> (author "GovRules", first line "[GovRules RULE-ID]"), anchored on
    /// the paragraph or section concerned, or on the chapter heading or the document start for a missing provision.
    /// GovRules' earlier comments are replaced; other comments and tracked changes are kept. The input is never
    /// modified; the output is written atomically. Returns the number of comments written.
    /// </summary>
    /// <param name="inputDocx">The draft the report was made from (.docx or .docm).</param>
    /// <param name="report">This draft's report, from <see cref="Check(string, string?)"/> with this engine.</param>
    /// <param name="outputDocx">The annotated copy to write; not the draft itself.</param>
    /// <param name="language">The language of the comments; null for the engine's language.</param>
    /// <exception cref="DocumentRejectedException">The draft cannot be read, or is not a Transitional Word document.</exception>
    /// <exception cref="ArgumentException">The output is the draft itself, or the report was made from other content.</exception>
    public int Annotate(string inputDocx, DocumentReport report, string outputDocx, TextLanguage? language = null) =>
        DocxAnnotator.Annotate(inputDocx, report, outputDocx, reading.Changes, language ?? evaluation.Language);

    /// <summary>Unloads the compiled rules.</summary>
    public void Dispose() => rules.Dispose();

    private DocumentReport CheckDocument(DocumentInput input)
    {
        var document = DocumentReader.Read(input.Path, reading);
        var chart = input.ChartPath is null ? ChartInside(document) : OrgChartReader.ReadFirst(input.ChartPath);
        return Evaluate(document, chart);
    }

    private DocumentReport Evaluate(GovDocument document, OrgChart? chart) =>
        RuleEngine.EvaluateDocument(rules, FactBase.Build(document, chart, lexicon), evaluation);

    private Report ToReport(IReadOnlyList<DocumentReport> documents) =>
        new() { ToolVersion = Version, RulePack = RulePack, Documents = documents };

    // A draft may carry its chart as an appendix; a draft without one (or with one drawn as a picture) is checked without a chart.
    private static OrgChart? ChartInside(GovDocument document)
    {
        try
        {
            return OrgChartReader.FromDocument(document).FirstOrDefault();
        }
        catch (OrgChartRejectedException)
        {
            return null;
        }
    }

    private static string ReadVersion()
    {
        var informational = typeof(GovRulesEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? "0.0.0";
    }
}
