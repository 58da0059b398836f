using System.CommandLine;
using System.Text;
using GovRules.Cli.Output;
using GovRules.Documents;
using GovRules.Facts;

namespace GovRules.Cli.Commands;

/// <summary>The output forms of `doc show`.</summary>
internal enum DocShowFormat
{
    /// <summary>The outline for a reader.</summary>
    Text,

    /// <summary>The full tree for a program.</summary>
    Json,
}

/// <summary>`govrules doc show FILE [--format text|json] [--changes accept|original]`: what the reader saw.</summary>
internal static class DocCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The draft: .docx, .docm, .md or .txt" };
        var format = new Option<DocShowFormat>("--format")
        {
            Description = "text: the outline (default); json: the full tree with every block and its location",
            DefaultValueFactory = _ => DocShowFormat.Text,
        };
        var changes = new Option<ChangeView>("--changes")
        {
            Description = "Tracked changes: accept (default) or original",
            DefaultValueFactory = _ => ChangeView.Accept,
        };
        var facts = new Option<bool>("--facts")
        {
            Description = "Print the extracted facts instead: organs, posts and units, every assignment, delegation and reporting line with its location",
        };
        var show = new Command("show", "Print the outline GovRules read: parts, chapters, every § with its title, counts and anchor")
        {
            file, format, changes, facts,
        };
        show.SetAction(parse => parse.GetValue(facts)
            ? ShowFacts(parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(changes))
            : Show(parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(changes)));
        return new Command("doc", "Inspect a draft") { show };
    }

    private static int Show(string path, DocShowFormat format, ChangeView changes)
    {
        var document = DocumentReader.Read(path, new ReadOptions { Changes = changes });
        foreach (var warning in document.Warnings) Console.Error.WriteLine($"govrules: warning: {warning}");
        using var stdout = Console.OpenStandardOutput();
        if (format == DocShowFormat.Json)
        {
            DocumentJson.Write(document, stdout);
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Ok;
        }
        using var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        OutlineText.Write(document, writer);
        return ExitCodes.Ok;
    }

    private static int ShowFacts(string path, DocShowFormat format, ChangeView changes)
    {
        var document = DocumentReader.Read(path, new ReadOptions { Changes = changes });
        var facts = FactBase.Build(document, null);
        using var stdout = Console.OpenStandardOutput();
        if (format == DocShowFormat.Json)
        {
            FactsOutput.WriteJson(facts, stdout);
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Ok;
        }
        using var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        FactsOutput.WriteText(facts, writer);
        return ExitCodes.Ok;
    }
}
