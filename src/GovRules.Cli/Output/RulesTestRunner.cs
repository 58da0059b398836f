using GovRules.Compilation;
using GovRules.Engine;
using GovRules.Rules;

namespace GovRules.Cli.Output;

/// <summary>Runs `rules test`: every rule's examples, one line per rule, a summary, exit 1 when any example fails.</summary>
internal static class RulesTestRunner
{
    public static int Run(CompiledRuleSet compiled, EvaluationOptions options, TextWriter output)
    {
        var language = options.Language;
        int passed = 0, failed = 0, examples = 0;
        foreach (var rule in compiled.Rules.Rules)
        {
            var results = RuleExampleRunner.Run(compiled, rule, options);
            examples += results.Count;
            var failures = results.Where(r => !r.Passed).ToList();
            if (results.Count == 0)
            {
                output.WriteLine($"FAIL {rule.Id}: the rule has no examples; add at least one passing and one failing example ({rule.SourcePath})");
                failed++;
            }
            else if (failures.Count == 0)
            {
                output.WriteLine($"PASS {rule.Id} ({results.Count} examples)");
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL {rule.Id} ({failures.Count} of {results.Count} examples failed; {rule.SourcePath})");
                foreach (var failure in failures) output.WriteLine($"  {failure.Explain(language)}");
                failed++;
            }
        }
        output.WriteLine(language == TextLanguage.En
            ? $"{passed} rules passed, {failed} failed ({examples} examples)"
            : $"{passed} sääntöä läpäisi, {failed} epäonnistui ({examples} esimerkkiä)");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    /// <summary>One line for --stats: compilations in this process, whether the cache served the rules, and whether Roslyn was loaded.</summary>
    public static string Stats(CompiledRuleSet compiled)
    {
        var roslyn = RuleCompiler.IsCompilerLoaded;
        return $"govrules: stats: compilations={RuleCompiler.CompilationCount} cache={(compiled.FromCache ? "hit" : "miss")} roslyn-loaded={(roslyn ? "yes" : "no")}";
    }
}
