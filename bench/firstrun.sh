#!/usr/bin/env bash
# A fresh process's one check, stage by stage (what a drafter waits for; BenchmarkDotNet and `breakdown` are warm):
# publishes the bench tool like the CLI's install (Release, ReadyToRun for this machine's runtime identifier, tiered
# PGO off), warms the rule cache once, then runs `firstrun` RUNS times, each in a new process, and prints the median
# milliseconds of each stage and the methods the JIT compiled in it (what ReadyToRun could not precompile).
# Usage: bench/firstrun.sh [DRAFT.docx [CHART.yaml]]   (default: the largest sample and its chart; RUNS=9;
#        SKIP_BUILD=1 to reuse the build)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
artifacts="$here/out/artifacts"
bench="$artifacts/publish-bench/GovRules.Benchmarks.dll"
samples="$root/samples/hallintosaanto"
draft="${1:-$samples/terveys-ja-turvallisuus.pandoc.docx}"
chart="${2:-}"
[[ $# -ge 1 ]] || chart="$samples/terveys-ja-turvallisuus.org.yaml"
[[ -f "$draft" ]] || { echo "firstrun.sh: no such draft: $draft" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
  dotnet publish "$here/GovRules.Benchmarks/GovRules.Benchmarks.csproj" -c Release -r "$rid" --self-contained false \
    -p:PublishReadyToRun=true -p:TieredPGO=false --artifacts-path "$artifacts" -o "$artifacts/publish-bench" -v quiet -nologo >/dev/null
fi
dotnet "$bench" firstrun "$draft" $chart >/dev/null || [[ $? -eq 2 ]]   # compiles the rules into the bench cache if needed

for _ in $(seq "${RUNS:-9}"); do dotnet "$bench" firstrun "$draft" $chart; done | python3 -c '
import re, statistics, sys
runs = [dict((m[0], (float(m[1]), int(m[2]))) for m in re.findall(r"(\w+) ([\d.]+) \[(\d+)\]", line)) for line in sys.stdin]
print(f"{len(runs)} fresh processes, median ms [methods JIT-compiled]:")
print("  " + ", ".join(f"{stage} {statistics.median(r[stage][0] for r in runs):.1f} [{statistics.median(r[stage][1] for r in runs):.0f}]" for stage in runs[0]))
'
