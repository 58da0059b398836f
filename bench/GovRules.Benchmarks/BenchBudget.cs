using System.Globalization;
using GovRules.Engine;

namespace GovRules.Benchmarks;

/// <summary>
/// The per-rule time budget for the evaluation benchmarks: the engine's default (what users get), unless
/// GOVRULES_BENCH_BUDGET_SECONDS raises it to measure what a rule costs when it is not cut off.
/// </summary>
internal static class BenchBudget
{
    public const string EnvironmentVariable = "GOVRULES_BENCH_BUDGET_SECONDS";

    public static EvaluationOptions Options()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? new EvaluationOptions { Budget = TimeSpan.FromSeconds(seconds) }
            : new EvaluationOptions();
    }
}
