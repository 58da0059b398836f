using GovRules.Cli;

return await GovRulesCommand.RunAsync(args).ConfigureAwait(false);
