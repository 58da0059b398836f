using System.CommandLine;
using GovRules.Cli.Output;
using GovRules.Compilation;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Cli.Commands;

/// <summary>The output forms of `rules list`.</summary>
internal enum RulesListFormat
{
    /// <summary>A table for a reader.</summary>
    Text,

    /// <summary>JSON for tools.</summary>
    Json,
}

/// <summary>`govrules rules list|explain ID|test [DIR]`: the rule pack, one rule in plain words, and the rules' own examples.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var common = new RulesOptions();
        var format = new Option<RulesListFormat>("--format") { Description = "text (default) or json", DefaultValueFactory = _ => RulesListFormat.Text };
        var list = new Command("list", "List the rules: id, requirement, severity, verification of the basis, title") { format };
        common.AddTo(list);
        list.SetAction(parse =>
        {
            var set = common.Load(parse, folderOnly: null);
            Console.Out.Write(parse.GetValue(format) == RulesListFormat.Json
                ? RulesListWriter.Json(set) : RulesListWriter.Text(set, common.Language(parse)));
            return ExitCodes.Ok;
        });

        var id = new Argument<string>("id") { Description = "The rule id, e.g. HVAL-14" };
        var explain = new Command("explain", "Explain one rule: title, legal basis with links, what it checks, its examples") { id };
        common.AddTo(explain);
        explain.SetAction(parse =>
        {
            var set = common.Load(parse, folderOnly: null);
            var rule = set.Find(parse.GetValue(id)!)
                ?? throw new UsageException($"no rule '{parse.GetValue(id)}'; run 'govrules rules list' to see the ids");
            Console.Out.Write(RulesExplainWriter.Write(rule, set.Catalogue, common.Language(parse)));
            return ExitCodes.Ok;
        });

        var directory = new Argument<string?>("dir") { Description = "A folder of rule files to test (default: the built-in pack)", Arity = ArgumentArity.ZeroOrOne };
        var stats = new Option<bool>("--stats") { Description = "Also print to stderr how many compilations ran and whether the compiler was loaded" };
        var budget = new Option<double>("--budget")
        {
            Description = "The time budget of one rule on one example, in seconds (default 5)",
            DefaultValueFactory = _ => EvaluationOptions.DefaultBudget.TotalSeconds,
        };
        var test = new Command("test", "Run every rule's examples and report pass/fail per rule") { directory, stats, budget };
        common.AddTo(test);
        test.SetAction(parse =>
        {
            var set = common.Load(parse, folderOnly: parse.GetValue(directory));
            using var compiled = RuleCompiler.Compile(set, parse.GetValue(common.CacheDir));
            var seconds = parse.GetValue(budget);
            if (seconds <= 0 || seconds > 3600) throw new UsageException($"--budget {seconds}: give a number of seconds between 0 and 3600");
            var options = new EvaluationOptions { Language = common.Language(parse), Budget = TimeSpan.FromSeconds(seconds) };
            var code = RulesTestRunner.Run(compiled, options, Console.Out);
            if (parse.GetValue(stats)) Console.Error.WriteLine(RulesTestRunner.Stats(compiled));
            return code;
        });

        return new Command("rules", "Inspect and test the rule pack") { list, explain, test };
    }
}
