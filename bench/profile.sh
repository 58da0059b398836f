#!/usr/bin/env bash
# CPU profile of one warm `govrules check` (EventPipe sampling, no extra tools): writes bench/out/profile-NAME.nettrace
# and prints the hottest methods, exclusive and inclusive.
# Usage: bench/profile.sh DRAFT.docx [TOP]        (run bench/compare.sh or build first; SKIP_BUILD=1 to reuse the build)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
artifacts="$out/artifacts"
cli="$artifacts/bin/GovRules.Cli/release/GovRules.Cli.dll"
bench="$artifacts/bin/GovRules.Benchmarks/release/GovRules.Benchmarks.dll"
draft="${1:?usage: bench/profile.sh DRAFT.docx [TOP]}"
[[ -f "$draft" ]] || { echo "profile.sh: no such draft: $draft" >&2; exit 1; }
export GOVRULES_CACHE_DIR="$out/rule-cache"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build "$root/src/GovRules.Cli/GovRules.Cli.csproj" -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
  dotnet build "$here/GovRules.Benchmarks/GovRules.Benchmarks.csproj" -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
fi
dotnet "$cli" check "$draft" >/dev/null || [[ $? -eq 1 ]]   # warm the rule cache: the profile is of a warm run

trace="$out/profile-$(basename "${draft%.*}").nettrace"
rm -f "$trace"
DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$trace" \
  DOTNET_EventPipeConfig='Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:4c14fccbd:5' \
  dotnet "$cli" check "$draft" >/dev/null || [[ $? -eq 1 ]]
echo "trace: $trace"
dotnet "$bench" profile "$trace" "${2:-25}"
