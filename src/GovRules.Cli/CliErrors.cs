using GovRules.Documents;
using GovRules.OrgCharts;

namespace GovRules.Cli;

/// <summary>
/// Turns the library's typed errors into one line on stderr and an exit code; a user's mistake never
/// shows a stack trace. Set GOVRULES_DEBUG=1 to see the trace of an internal error.
/// </summary>
internal static class CliErrors
{
    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DocumentRejectedException e)
        {
            await Console.Error.WriteLineAsync($"govrules: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OrgChartRejectedException e)
        {
            await Console.Error.WriteLineAsync($"govrules: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (GovRules.Rules.RuleLoadException e)
        {
            foreach (var line in e.Diagnostics.Count > 0 ? e.Diagnostics.Select(d => d.ToString()) : [e.Message])
                await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.RuleError;
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"govrules: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // the last line of defence: an internal error must still end with code 4, not a crash
        catch (Exception e)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"govrules: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("GOVRULES_DEBUG") == "1")
                await Console.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            else
                await Console.Error.WriteLineAsync("This is a bug in GovRules; run again with GOVRULES_DEBUG=1 and report the output.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}

/// <summary>A mistake in the command line that the parser cannot see (e.g. an output file in a missing folder).</summary>
internal sealed class UsageException(string message) : Exception(message);
