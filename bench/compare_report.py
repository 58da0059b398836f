"""Summarises a bench/compare.sh results file: medians, spread, ratios, growth and the performance targets."""
import csv
import statistics
import sys
from collections import defaultdict

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
seconds = defaultdict(list)
peaks = defaultdict(list)
labels = []
for row in rows:
    key = (row["label"], row["tool"])
    seconds[key].append(float(row["seconds"]))
    peaks[key].append(int(row["peak_kb"]) / 1024)
    if row["label"] not in labels:
        labels.append(row["label"])


def med(key):
    return statistics.median(seconds[key])


def cell(key):
    values = seconds[key]
    return f"{med(key):7.2f} ({min(values):.2f}–{max(values):.2f})" if values else "-"


def mb(key):
    return f"{max(peaks[key]):6.0f}" if peaks[key] else "-"


sizes = [label for label in labels if label not in ("cold-start", "startup")]
print()
print("wall seconds: median (min–max); peak MB: max over runs")
print(f"{'size':<16}{'govrules':>24}{'MB':>7}{'pandoc -t plain':>24}{'MB':>7}{'floor':>24}{'MB':>7}{'G/pandoc':>10}{'G/floor':>9}")
for label in sizes:
    g, p, f = (label, "govrules"), (label, "pandoc"), (label, "floor")
    print(f"{label:<16}{cell(g):>24}{mb(g):>7}{cell(p):>24}{mb(p):>7}{cell(f):>24}{mb(f):>7}"
          f"{med(g) / med(p):>10.2f}{med(g) / med(f):>9.2f}")
if seconds[("cold-start", "govrules-cold")]:
    cold = ("cold-start", "govrules-cold")
    print(f"{'cold CLI (smallest, empty cache: Roslyn)':<48}{cell(cold):>16}{mb(cold):>7}")

for tool, what in (("cli-version", "`govrules --version` (runtime + CLI start)"),
                   ("cli-rules-list", "`govrules rules list` (+ rule pack YAML)")):
    if seconds[("startup", tool)]:
        print(f"{what:<48}{cell(('startup', tool)):>16}{mb(('startup', tool)):>7}")

print()
print("targets")
def verdict(ok):
    return "met " if ok else "MISSED"
large = [label for label in sizes if label.endswith("p")]
worst = max(med((label, "govrules")) / med((label, "pandoc")) for label in sizes)
print(f"  [{verdict(worst <= 0.5)}] warm check <= 0.5 x pandoc -t plain at every size: worst {worst:.2f}x")
if "100p" in sizes and "2000p" in sizes:
    growth = med(("2000p", "govrules")) / med(("100p", "govrules"))
    print(f"  [{verdict(growth <= 22)}] linear growth, 2000 pages <= 22 x 100 pages: {growth:.1f}x"
          f" (pandoc {med(('2000p', 'pandoc')) / med(('100p', 'pandoc')):.1f}x, floor {med(('2000p', 'floor')) / med(('100p', 'floor')):.1f}x)")
    peak = max(peaks[("2000p", "govrules")])
    print(f"  [{verdict(peak <= 300)}] peak memory on 2000 pages <= 300 MB: {peak:.0f} MB")
start = med(("smallest", "govrules"))
print(f"  [{verdict(start <= 0.3)}] warm CLI start-to-exit on the smallest sample <= 0.3 s: {start:.2f} s")
whole_process = ", ".join(f"{label} {med((label, 'govrules')) / med((label, 'floor')):.1f}x" for label in sizes)
print("  (in-process full check <= 3 x floor: see the BenchmarkDotNet PipelineBenchmarks Ratio column;")
print(f"   whole-process GovRules/floor here: {whole_process})")
