#!/usr/bin/env bash
# Generates large hallintosääntö drafts for the benchmarks by multiplying a real sample:
#   bench/out/large-100.{md,docx}, large-500.*, large-2000.* (~100, ~500, ~2000 pages at ~500 words/page)
# The sample's Markdown body is repeated N times, each copy a part of its own ("K osa"), so the legal
# structure stays valid and every heading keeps a number the reader recognises as real drafts write them
# (chapters up to 999, sections up to 9999: consecutive numbering past that made the tail of the 2000-page
# draft structureless); the title block comes once at the top and the organisation chart appendix (Liite)
# once at the end. At most 999 parts (~4400 pages). The .docx is written by pandoc, not by GovRules.
# Usage: bench/make-large-drafts.sh [PAGES...]        (default: 100 500 2000)
# Env:   SAMPLE=samples/hallintosaanto/NAME.md        (default: the largest sample, terveys-ja-turvallisuus)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
sample="${SAMPLE:-$root/samples/hallintosaanto/terveys-ja-turvallisuus.md}"
out="$here/out"
pages=("$@")
[[ ${#pages[@]} -gt 0 ]] || pages=(100 500 2000)
words_per_page=500

die() { echo "make-large-drafts.sh: $*" >&2; exit 1; }
for tool in pandoc python3; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
[[ -f "$sample" ]] || die "no sample at $sample"
mkdir -p "$out"
# Fixed timestamps inside the pandoc output, so the same input gives the same .docx.
export SOURCE_DATE_EPOCH=1789372800

for target in "${pages[@]}"; do
  [[ "$target" =~ ^[0-9]+$ && "$target" -gt 0 ]] || die "pages must be a positive number, not '$target'"
  md="$out/large-$target.md"
  python3 - "$sample" "$md" "$target" "$words_per_page" <<'PY'
import math, re, sys
source, target, pages, words_per_page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
text = open(source, encoding="utf-8").read()
front = ""
if text.startswith("---\n"):
    end = text.index("\n---\n", 4) + 5
    front, text = text[:end], text[end:]
# The appendix (organisation chart) starts at the first level-1 heading that is not a chapter.
appendix_at = re.search(r"^# (?!\d+ luku)", text, re.M)
body, appendix = (text[:appendix_at.start()], text[appendix_at.start():]) if appendix_at else (text, "")
body_words = len(body.split())
copies = max(1, math.ceil((pages * words_per_page - len(appendix.split())) / body_words))
if copies > 999:
    sys.exit(f"{pages} pages need {copies} copies of the sample; at most 999 parts are numbered as drafts number them")
parts = [f"# {part} osa Hallintosäännön {part}. osa\n\n{body.strip()}\n\n" for part in range(1, copies + 1)]
chapters = len(re.findall(r"^# \d+ luku", body, re.M)) * copies
sections = len(re.findall(r"^## \d+ §", body, re.M)) * copies
result = front + "".join(parts) + appendix
with open(target, "w", encoding="utf-8") as f:
    f.write(result)
words = len(result.split())
print(f"{target}: {copies} parts, {chapters} chapters, {sections} sections, {words} words (~{words / words_per_page:.0f} pages)")
PY
  pandoc "$md" -o "$out/large-$target.docx.tmp" -f markdown -t docx
  mv "$out/large-$target.docx.tmp" "$out/large-$target.docx"
  printf '  -> %s (%s bytes)\n' "$out/large-$target.docx" "$(stat -c %s "$out/large-$target.docx")"
done
