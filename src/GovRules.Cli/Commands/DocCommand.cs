using System.CommandLine;
using GovRules.Documents;

namespace GovRules.Cli.Commands;

/// <summary>`govrules doc show FILE`: what the reader saw.</summary>
internal static class DocCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The draft: .docx, .docm, .md or .txt" };
        var changes = new Option<ChangeView>("--changes") { Description = "Tracked changes: accept (default) or original", DefaultValueFactory = _ => ChangeView.Accept };
        var show = new Command("show", "Print the outline GovRules read: parts, chapters, every § with its title and counts") { file, changes };
        show.SetAction(parse =>
        {
            var doc = DocumentReader.Read(parse.GetValue(file)!, new ReadOptions { Changes = parse.GetValue(changes) });
            foreach (var block in doc.Blocks) Console.WriteLine($"{block.Location.Anchor}\t{block.Text}");
            return ExitCodes.Ok;
        });
        return new Command("doc", "Inspect a draft") { show };
    }
}
