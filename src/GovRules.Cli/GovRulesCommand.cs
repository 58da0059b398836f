using System.CommandLine;
using GovRules.Cli.Commands;

namespace GovRules.Cli;

/// <summary>The root of the govrules command line: the subcommands and the one place errors become exit codes.</summary>
internal static class GovRulesCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("GovRules — tarkistaa hyvinvointialueen hallintosäännön ja organisaatiokaavion lakia vasten. "
            + "Checks a wellbeing services county's administrative regulation and organisation chart against the law.");
        root.Subcommands.Add(DocCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(OrgCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await Console.Error.WriteLineAsync($"govrules: {error.Message}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync("Run 'govrules --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        return await CliErrors.GuardAsync(() => parse.InvokeAsync(invocation)).ConfigureAwait(false);
    }
}
