using GovRules.Documents;
using GovRules.Reporting;
using GovRules.Rules;

namespace GovRules.Cli.Output;

/// <summary>Everything `govrules check` was asked to do.</summary>
internal sealed record CheckRequest
{
    public required IReadOnlyList<string> Files { get; init; }
    public string? OrgChart { get; init; }
    public IReadOnlyList<string> RuleFolders { get; init; } = [];
    public IReadOnlyList<string> Profiles { get; init; } = [];
    public ReportFormat Format { get; init; }
    public string? OutputPath { get; init; }
    public TextLanguage Language { get; init; }
    public ChangeView Changes { get; init; }

    /// <summary>The lowest severity that makes the exit code 1; null for --fail-on never.</summary>
    public Severity? FailOn { get; init; } = Severity.Error;

    public bool ShowPassed { get; init; }

    /// <summary>--annotate: where to write the draft annotated with Word comments; null for none.</summary>
    public string? AnnotatePath { get; init; }
}

/// <summary>Runs a check: expand inputs, load rules, check in parallel, render, write atomically, choose the exit code.</summary>
internal static class CheckRun
{
    public static async Task<int> RunAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        if (request.OutputPath is { } target)
        {
            if (Directory.Exists(target))
                throw new UsageException($"{target}: this is a folder; give --output a file name, e.g. {Path.Combine(target, "raportti.html")}.");
            if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
                throw new UsageException($"{target}: the folder {folder} does not exist; create it or choose another --output.");
        }
        var inputs = CheckInputs.Expand(request.Files, request.OrgChart);
        if (request.AnnotatePath is { } annotateTarget) AnnotateStep.Validate(annotateTarget, inputs);

        GovRulesEngine engine;
        try
        {
            engine = GovRulesEngine.Load(new GovRulesOptions
            {
                RuleFolders = request.RuleFolders,
                Profiles = request.Profiles,
                Changes = request.Changes,
                Language = request.Language,
                ConfigFile = File.Exists(GovRulesConfig.FileName) ? GovRulesConfig.FileName : null,
            });
        }
        catch (RuleLoadException e)
        {
            foreach (var line in e.Diagnostics.Count > 0 ? e.Diagnostics.Select(d => d.ToString()) : [e.Message])
                await Console.Error.WriteLineAsync($"govrules: {line}").ConfigureAwait(false);
            return ExitCodes.RuleError;
        }

        using (engine)
        {
            Engine.Report report;
            using (var progress = new CheckProgress(inputs.Count))
            {
                report = await engine.CheckAsync([.. inputs.Select(i => new DocumentInput(i.DocumentPath, i.ChartPath))], progress, cancellationToken)
                    .ConfigureAwait(false);
            }
            var options = new RenderOptions
            {
                Language = request.Language,
                ShowPassed = request.ShowPassed,
                Color = request.Format == ReportFormat.Text && request.OutputPath is null && UseColor(),
            };
            var rendered = ReportRenderer.Render(report, request.Format, options);
            if (request.OutputPath is null) await Console.Out.WriteAsync(rendered).ConfigureAwait(false);
            else AtomicFile.WriteAllText(request.OutputPath, rendered);
            if (request.AnnotatePath is { } annotated) await AnnotateStep.WriteAsync(engine, inputs[0].DocumentPath, report, annotated, request.Language).ConfigureAwait(false);

            var summary = ReportSummary.Of(report);
            return request.FailOn is { } threshold && summary.HasFindingsAtOrAbove(threshold) ? ExitCodes.Findings : ExitCodes.Ok;
        }
    }

    // https://no-color.org: any non-empty NO_COLOR turns colour off; so does output that is not a terminal.
    private static bool UseColor() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
