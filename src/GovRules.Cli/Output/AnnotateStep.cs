using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Cli.Output;

/// <summary>`govrules check DRAFT.docx --annotate OUT.docx`: the draft's findings written back into a copy as Word comments.</summary>
internal static class AnnotateStep
{
    private static readonly string[] WordExtensions = [".docx", ".docm"];

    /// <summary>Refuses, before anything is checked, an --annotate that cannot be done.</summary>
    /// <exception cref="UsageException">Not exactly one Word draft, or an output that is a folder, in a missing folder or the draft itself.</exception>
    public static void Validate(string target, IReadOnlyList<CheckInput> inputs)
    {
        if (inputs.Count != 1)
            throw new UsageException($"--annotate writes one annotated copy, but {inputs.Count} drafts were given; check one .docx draft at a time with --annotate.");
        var draft = inputs[0].DocumentPath;
        if (!WordExtensions.Contains(Path.GetExtension(draft).ToLowerInvariant()))
            throw new UsageException($"{draft}: only a Word draft (.docx, .docm) can be annotated with comments; use --format md or html for other drafts.");
        var extension = Path.GetExtension(draft).ToLowerInvariant();
        if (!string.Equals(Path.GetExtension(target), extension, StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"{target}: the annotated copy has the draft's format; give --annotate a name ending in {extension}.");
        if (Directory.Exists(target))
            throw new UsageException($"{target}: this is a folder; give --annotate a file name, e.g. {Path.Combine(target, "kommentoitu.docx")}.");
        if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
            throw new UsageException($"{target}: the folder {folder} does not exist; create it or choose another --annotate file.");
        if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(draft), StringComparison.Ordinal))
            throw new UsageException($"{target}: the annotated copy must not overwrite the draft itself; choose another file name.");
    }

    /// <summary>Writes the annotated copy of the one checked draft and says so on standard error.</summary>
    public static async Task WriteAsync(GovRulesEngine engine, string draft, Report report, string target, TextLanguage language)
    {
        var comments = engine.Annotate(draft, report.Documents[0], target, language);
        await Console.Error.WriteLineAsync(language == TextLanguage.En
            ? $"govrules: wrote {target} with {comments} GovRules comment(s)"
            : $"govrules: kirjoitettiin {target}, GovRules-kommentteja {comments}").ConfigureAwait(false);
    }
}
