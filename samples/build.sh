#!/usr/bin/env bash
# Regenerates every derived sample under samples/hallintosaanto/ from its source, with real producers:
#   X.md              -> X.pandoc.docx (pandoc) and X.libreoffice.docx (pandoc -> .odt -> LibreOffice)
#   X.org.yaml        -> X.org.md (nested list) -> X.org.pandoc.docx
#   terveys-ja-turvallisuus.org.yaml -> .org-taulukko.md (table) -> .org-taulukko.libreoffice.docx
#   terveys-ja-turvallisuus.md -> muutosehdotus.fodt (tracked changes) -> muutosehdotus.docx (LibreOffice)
# The draft without the rescue järjestämisvastuu (and its chart) is derived from the compliant draft.
# Idempotent; works in a temporary directory; stops at the first failure.
# Needs pandoc (2.17), LibreOffice (soffice, 7.4), python3 with PyYAML, unzip.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$here/hallintosaanto"
tools="$here/tools"
main=terveys-ja-turvallisuus
without=terveys-ja-turvallisuus-ilman-pelastusvastuuta
drafts=("$main" "$without" palvelulinjat toimialat kaksikielinen)
charted=("$main" "$without" palvelulinjat toimialat kaksikielinen)
tabled=("$main")

die() { echo "build.sh: $*" >&2; exit 1; }
for tool in pandoc soffice python3 unzip; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done
python3 -c 'import yaml' 2>/dev/null || die "python3 needs PyYAML (apt-get install python3-yaml)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Fixed timestamps inside the pandoc output, so unchanged sources give unchanged files.
export SOURCE_DATE_EPOCH=1789372800

# soffice FORMAT OUTDIR FILE...: convert with a private profile (never the user's or another run's).
lo() {
  local format=$1 outdir=$2 file base
  shift 2
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to "$format" \
    --outdir "$outdir" "$@" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; die "soffice failed"; }
  for file in "$@"; do
    base="$(basename "${file%.*}")"
    [[ -s "$outdir/$base.${format%%:*}" ]] || { cat "$work/soffice.log" >&2; die "soffice wrote no $base.${format%%:*}"; }
  done
}

cd "$dir"
[[ -f "$main.md" && -f "$main.org.yaml" ]] || die "missing $main.md or $main.org.yaml"

echo "deriving $without from $main"
python3 - "$main.md" "$without.md" <<'EOF'
import sys
source, target = sys.argv[1:]
text = open(source, encoding="utf-8").read()
statement = [p for p in text.split("\n\n") if p.startswith("Pelastusjohtajalla on pelastustoimen järjestämisvastuu")]
if len(statement) != 1:
    sys.exit(f"build.sh: expected one järjestämisvastuu momentti in {source}, found {len(statement)}")
open(target, "w", encoding="utf-8").write(text.replace(statement[0] + "\n\n", "", 1))
EOF
cp "$main.org.yaml" "$without.org.yaml"

echo "rendering charts"
for name in "${charted[@]}"; do
  [[ -f "$name.org.yaml" ]] || die "missing $name.org.yaml"
  python3 "$tools/orgchart.py" list "$name.org.yaml" >"$work/$name.org.md"
  mv "$work/$name.org.md" "$name.org.md"
done
for name in "${tabled[@]}"; do
  python3 "$tools/orgchart.py" table "$name.org.yaml" >"$work/$name.org-taulukko.md"
  mv "$work/$name.org-taulukko.md" "$name.org-taulukko.md"
done
python3 "$tools/orgchart.py" check-appendix "$main.md" "$main.org.yaml"

echo "pandoc"
mkdir -p "$work/odt" "$work/lo"
for name in "${drafts[@]}"; do
  [[ -f "$name.md" ]] || die "missing $name.md"
  pandoc "$name.md" -o "$work/$name.pandoc.docx"
  pandoc "$name.md" -o "$work/odt/$name.odt"
done
for name in "${charted[@]}"; do
  pandoc "$name.org.md" -o "$work/$name.org.pandoc.docx"
done
for name in "${tabled[@]}"; do
  pandoc "$name.org-taulukko.md" -o "$work/odt/$name.org-taulukko.odt"
done

echo "LibreOffice"
lo docx "$work/lo" "$work"/odt/*.odt
for name in "${drafts[@]}"; do
  mv "$work/lo/$name.docx" "$work/$name.libreoffice.docx"
done
for name in "${tabled[@]}"; do
  mv "$work/lo/$name.org-taulukko.docx" "$work/$name.org-taulukko.libreoffice.docx"
done

echo "tracked changes"
mkdir -p "$work/flat"
lo fodt "$work/flat" "$work/odt/$main.odt"
python3 "$tools/muutosehdotus.py" "$work/flat/$main.fodt" "$work/muutosehdotus.fodt"
lo docx "$work/lo" "$work/muutosehdotus.fodt"
mv "$work/lo/muutosehdotus.docx" "$work/muutosehdotus.docx"

echo "checking"
count() { unzip -p "$1" word/document.xml | grep -o "$2" | wc -l; }
for name in "${drafts[@]}"; do
  for producer in pandoc libreoffice; do
    file="$work/$name.$producer.docx"
    [[ "$(count "$file" '<w:numPr>')" -gt 0 ]] || die "$name.$producer.docx has no Word numbering (w:numPr)"
    [[ "$(count "$file" '<w:tbl>')" -gt 0 ]] || die "$name.$producer.docx has no table"
  done
done
[[ "$(count "$work/muutosehdotus.docx" '<w:ins ')" -gt 0 ]] || die "muutosehdotus.docx has no w:ins"
[[ "$(count "$work/muutosehdotus.docx" '<w:del ')" -gt 0 ]] || die "muutosehdotus.docx has no w:del"

mv "$work"/*.docx "$work/muutosehdotus.fodt" "$dir/"
echo "done:"
ls -l "$dir"/*.docx "$dir"/*.fodt | awk '{print "  " $5 "\t" $9}' | sed "s|$dir/||"
