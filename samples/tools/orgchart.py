#!/usr/bin/env python3
"""Renders a sample org chart (X.org.yaml) in the other forms the readers must accept.

  orgchart.py list CHART.yaml           nested bulleted list (Markdown), head as "(johtaja: …)",
                                        an assistant as "(esikunta)"
  orgchart.py table CHART.yaml          pipe table "| Yksikkö | Ylempi yksikkö | Johtaja |"
  orgchart.py check-appendix DRAFT.md CHART.yaml
                                        fails unless the draft's "Liite … Organisaatiokaavio"
                                        list is exactly the list form of the chart

The YAML is the source of truth; the list form carries names, hierarchy, heads and the assistant
mark, the table form names, hierarchy and heads; kind is YAML-only.
"""
import sys

import yaml

ALLOWED_KEYS = {"name", "kind", "head", "assistant", "children"}
KINDS = {"organ", "post", "unit"}


def load(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if not isinstance(doc, dict) or not isinstance(doc.get("nodes"), list):
        sys.exit(f"{path}: expected a mapping with a 'nodes' list")
    names = []
    for node, _parent, _depth in walk(doc["nodes"]):
        unknown = set(node) - ALLOWED_KEYS
        if unknown or "name" not in node:
            sys.exit(f"{path}: bad node {node.get('name')!r}: unknown keys {sorted(unknown)}")
        if "kind" in node and node["kind"] not in KINDS:
            sys.exit(f"{path}: {node['name']}: kind must be one of {sorted(KINDS)}")
        if node.get("assistant") and node.get("head"):
            sys.exit(f"{path}: {node['name']}: the list form cannot show both a head and the assistant mark")
        names.append(node["name"])
    if len(names) != len(set(names)):
        sys.exit(f"{path}: node names must be unique (the table form refers to parents by name)")
    return doc


def walk(nodes, parent=None, depth=0):
    for node in nodes:
        yield node, parent, depth
        yield from walk(node.get("children", []), node, depth + 1)


def label(node):
    if node.get("assistant"):
        return f"{node['name']} (esikunta)"
    return f"{node['name']} (johtaja: {node['head']})" if node.get("head") else node["name"]


def list_lines(doc):
    return ["  " * depth + "- " + label(node) for node, _parent, depth in walk(doc["nodes"])]


def render_list(doc):
    title = doc.get("chart", "Organisaatiokaavio")
    return "\n".join([f"# {title}", ""] + list_lines(doc)) + "\n"


def render_table(doc):
    title = doc.get("chart", "Organisaatiokaavio")
    rows = ["| Yksikkö | Ylempi yksikkö | Johtaja |", "|---|---|---|"]
    for node, parent, _depth in walk(doc["nodes"]):
        rows.append(f"| {node['name']} | {parent['name'] if parent else ''} | {node.get('head', '')} |")
    return "\n".join([f"# {title}", ""] + rows) + "\n"


def check_appendix(draft_path, doc):
    with open(draft_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("# Liite") and "Organisaatiokaavio" in line]
    if len(starts) != 1:
        sys.exit(f"{draft_path}: expected exactly one '# Liite … Organisaatiokaavio' heading")
    appendix = [line for line in lines[starts[0] + 1:] if line.strip()]
    if appendix != list_lines(doc):
        sys.exit(f"{draft_path}: the appendix chart differs from the YAML chart")


def main(argv):
    if len(argv) == 3 and argv[1] == "list":
        sys.stdout.write(render_list(load(argv[2])))
    elif len(argv) == 3 and argv[1] == "table":
        sys.stdout.write(render_table(load(argv[2])))
    elif len(argv) == 4 and argv[1] == "check-appendix":
        check_appendix(argv[2], load(argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
