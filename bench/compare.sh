#!/usr/bin/env bash
# End-to-end comparison, whole processes: wall time and peak memory (/usr/bin/time -f "%e %M") of
#   (a) govrules check, warm (rule cache populated; the CLI published once in Release for this machine's runtime
#       identifier with ReadyToRun, as README's deployment command does, run as `dotnet GovRules.Cli.dll`),
#   (b) pandoc -t plain on the same .docx,
#   (c) bench/Floor: stream word/document.xml with XmlReader and count text characters (the floor of any reader),
# interleaved (a b c a b c …) on the smallest and largest samples and the generated ~100/500/2000-page drafts.
# Prints median and min–max per tool and size, GovRules/pandoc and GovRules/floor, the growth from 100 to 2000
# pages, warm and cold CLI start-to-exit on the smallest sample, whether a warm run loads Roslyn, and the targets.
# Usage: bench/compare.sh                (RUNS=5 by default; RUNS=3 for a quicker pass; SKIP_BUILD=1 to reuse the build)
# Needs: dotnet, pandoc, python3, /usr/bin/time (apt-get install time), strace (optional, for the Roslyn check),
#        and bench/make-large-drafts.sh run first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
runs="${RUNS:-5}"
artifacts="$out/artifacts"
cli="$artifacts/publish-cli/GovRules.Cli.dll"
floor="$artifacts/bin/Floor/release/GovRules.Bench.Floor.dll"
samples="$root/samples/hallintosaanto"
smallest="$samples/kaksikielinen.pandoc.docx"
export GOVRULES_CACHE_DIR="$out/rule-cache"
export NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

die() { echo "compare.sh: $*" >&2; exit 1; }
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"
for tool in dotnet pandoc python3; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
sizes=(smallest:"$smallest" largest-sample:"$samples/terveys-ja-turvallisuus.pandoc.docx")
for pages in 100 500 2000; do
  [[ -f "$out/large-$pages.docx" ]] || die "missing $out/large-$pages.docx: run bench/make-large-drafts.sh first"
  sizes+=("${pages}p:$out/large-$pages.docx")
done

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "building the CLI and the floor in Release into $artifacts (not timed)"
  rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
  dotnet publish "$root/src/GovRules.Cli/GovRules.Cli.csproj" -c Release -r "$rid" --self-contained false \
    --artifacts-path "$artifacts" -o "$artifacts/publish-cli" -v quiet -nologo >/dev/null
  dotnet build "$here/Floor/Floor.csproj" -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
fi
[[ -f "$cli" && -f "$floor" ]] || die "build output missing ($cli, $floor)"

results="$out/compare-$(date -u +%Y%m%dT%H%M%SZ).tsv"
printf 'label\ttool\trun\tseconds\tpeak_kb\n' >"$results"

# measure LABEL TOOL RUN COMMAND...: one timed run; exit 0 or 1 (govrules: findings) count as success.
measure() {
  local label=$1 tool=$2 run=$3 timing status=0
  shift 3
  timing="$(mktemp)"
  /usr/bin/time -f "%e %M" -o "$timing" "$@" >/dev/null 2>"$timing.err" || status=$?
  if [[ $status -gt 1 ]]; then cat "$timing.err" >&2; die "$tool on $label exited with $status"; fi
  read -r seconds peak < <(tail -n 1 "$timing")
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$tool" "$run" "$seconds" "$peak" >>"$results"
  rm -f "$timing" "$timing.err"
}

govrules() { dotnet "$cli" check "$@"; }

echo "warming the rule cache in $GOVRULES_CACHE_DIR"
govrules "$smallest" >/dev/null || [[ $? -eq 1 ]]

roslyn="not checked (strace missing)"
if command -v strace >/dev/null; then
  trace="$(mktemp)"
  strace -f -e trace=openat -o "$trace" dotnet "$cli" check "$smallest" >/dev/null 2>&1 || true
  if grep -q 'Microsoft\.CodeAnalysis' "$trace"; then roslyn="LOADED (a warm run opened Microsoft.CodeAnalysis*.dll)"
  else roslyn="not loaded (no Microsoft.CodeAnalysis*.dll opened)"; fi
  rm -f "$trace"
fi

echo "cold CLI: empty rule cache, $runs runs on the smallest sample"
for run in $(seq "$runs"); do
  cold="$(mktemp -d)"
  GOVRULES_CACHE_DIR="$cold" measure cold-start govrules-cold "$run" dotnet "$cli" check "$smallest"
  rm -rf "$cold"
done

echo "interleaved runs: $runs x (govrules, pandoc, floor) per size; load: $(uptime | sed 's/.*load average: //')"
for run in $(seq "$runs"); do
  # Where a small check's time goes: process + CLI start, + loading the rule pack YAML, + the check itself.
  measure startup cli-version "$run" dotnet "$cli" --version
  measure startup cli-rules-list "$run" dotnet "$cli" rules list
  for entry in "${sizes[@]}"; do
    label="${entry%%:*}" file="${entry#*:}"
    measure "$label" govrules "$run" dotnet "$cli" check "$file"
    measure "$label" pandoc "$run" pandoc -t plain "$file" -o /dev/null
    measure "$label" floor "$run" dotnet "$floor" "$file"
  done
  echo "  run $run/$runs done"
done

echo
echo "raw results: $results"
echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB RAM, dotnet $(dotnet --version), pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2); load after: $(uptime | sed 's/.*load average: //')"
echo "warm run and Roslyn: $roslyn"
python3 "$here/compare_report.py" "$results"

# A rule that overruns its time budget ends as an error and stops early: the time above is then too low.
echo
echo "rule outcomes per size (untimed run with --format json)"
for entry in "${sizes[@]}"; do
  label="${entry%%:*}" file="${entry#*:}"
  dotnet "$cli" check "$file" --format json -o "$out/outcomes-$label.json" >/dev/null 2>&1 || true
  python3 - "$label" "$out/outcomes-$label.json" <<'PY'
import collections, json, sys
label, path = sys.argv[1:]
results = [r for d in json.load(open(path, encoding="utf-8"))["documents"] for r in d["results"]]
counts = collections.Counter(r["outcome"] for r in results)
errors = [r["ruleId"] for r in results if r["outcome"] == "error"]
print(f"  {label:<16}" + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
      + (f"   <- errors (time budget?): {' '.join(errors)}" if errors else ""))
PY
done
