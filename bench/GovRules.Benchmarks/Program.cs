using System.Globalization;
using BenchmarkDotNet.Running;
using GovRules.Benchmarks;

// `breakdown [RUNS]`: a Stopwatch breakdown of one check per stage.
// `firstrun DRAFT [CHART]`: one check stage by stage in this (fresh) process, JIT included (see bench/firstrun.sh).
// `profile TRACE.nettrace [TOP] [FRAME]`: the hottest methods of a CPU-sampling trace (see bench/profile.sh), and
// with FRAME (part of a method name) who calls that method.
// Anything else goes to BenchmarkDotNet (--filter, --list flat, …).
static int Number(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

if (args.Length > 0 && args[0] == "breakdown") return StageBreakdown.Run(Number(args, 1, 5));
if (args.Length > 1 && args[0] == "firstrun") return FirstRun.Run(args[1], args.Length > 2 ? args[2] : null);
if (args.Length > 1 && args[0] == "profile") return TraceProfile.Run(args[1], Number(args, 2, 25), args.Length > 3 ? args[3] : null);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args, BenchConfig.Create());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
