#!/usr/bin/env python3
"""make boxes: reports/boxes.html, a page of boxes — every results.json given as one matrix,
behaviours down and boxes across (kernel, libc, architecture and, when the box says so, the
emulator it ran on in the header), each cell coloured by its verdict, the rows that differ
first (each linked to its explanation in docs/BOXES.md when there is one), and a chart of the
verdict counts per box (inline SVG). Self-contained: no script, nothing fetched.

    boxes.py [--output reports/boxes.html] [RESULTS.json ...]

Without files: every results file under reports/ and fixtures/baselines/ (other JSON files
there, such as reports/mutation.json, are passed over). Exit 2 when a file named is not a
results.json, or when there is none.

Stable hooks for checks: table#matrix (th.box data-box=<label>; rows tr.behaviour
data-probe=<id> data-differs=yes|absent|no, in that order; cells td.cell data-box=... data-verdict=...),
table#box-counts (tr data-box=..., td data-verdict=...), svg#chart (rect data-box=...
data-verdict=... data-count=...)."""
import argparse
import os
import re
import sys
from collections import Counter
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pytest"))
import compare  # noqa: E402

VERDICTS = compare.VERDICTS
ABSENT = compare.ABSENT
COLOURS = {"pass": "#2e7d32", "fail": "#c62828", "skip": "#9e9e9e", "error": "#ef6c00"}
CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;padding:1em 2em;color:#222;max-width:1400px}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .5em}
th{background:#f3f3f3;text-align:left;vertical-align:bottom;font-weight:normal}
th.box b{display:block}th.box span{display:block;color:#555;font-size:.85em;white-space:nowrap}
td.probe{font-family:monospace;font-size:12px;white-space:nowrap}
td.cell{text-align:center;font-size:11px;font-weight:bold;color:#fff;min-width:4em}
td.cell.pass{background:#2e7d32}td.cell.fail{background:#c62828}td.cell.skip{background:#9e9e9e}
td.cell.error{background:#ef6c00}td.cell.absent{background:#fff;color:#999}
tr.behaviour[data-differs=yes] td.probe{font-weight:bold}
tr.group-start td{border-top:3px solid #888}td.n{text-align:right;font-variant-numeric:tabular-nums}
p.legend span{display:inline-block;padding:0 .5em;margin-right:.4em;color:#fff;font-weight:bold}
"""


def find_inputs(root):
    """Every results file under reports/ and fixtures/baselines/, in a stable order."""
    found = []
    for base in (root / "reports", root / "fixtures" / "baselines"):
        for path in sorted(base.rglob("*.json")) if base.is_dir() else []:
            try:
                compare.load(path)
            except compare.BadFile:
                continue
            found.append(path)
    return found


def label(path, root):
    """reports/results, reports/matrix/gcc-64, fixtures/baselines/debian12-x86_64."""
    path = Path(path).resolve()
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = path
    name = rel.parent if rel.name == "results.json" and rel.parent.name != "reports" \
        else rel.with_suffix("")
    return str(name)


def difference(verdicts):
    """0: the boxes that ran it disagree; 1: it ran only on some; 2: the same everywhere."""
    ran = set(verdicts) - {ABSENT}
    return 0 if len(ran) > 1 else 1 if len(set(verdicts)) > 1 else 2


def boxes_anchors(root):
    """{probe id: anchor} of docs/BOXES.md (an explicit <a id|name="..."> naming the probe id,
    or the probe id with '/' as '-'; else a heading holding the probe id); {} without it."""
    try:
        text = (root / "docs" / "BOXES.md").read_text(encoding="utf-8")
    except OSError:
        return {}
    anchors = {}
    for m in re.finditer(r"""<a\s+(?:id|name)=["']([^"']+)["']""", text):
        anchors.setdefault(m.group(1), m.group(1))
        anchors.setdefault(m.group(1).replace("-", "/", 1), m.group(1))
    for m in re.finditer(r"^#+\s+(.*)$", text, re.M):
        heading = m.group(1).strip()
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        for pid in re.findall(r"\b[a-z]+/[a-z0-9_]+\b", heading):
            anchors.setdefault(pid, slug)
    return anchors


def header_facts(b):
    facts = [("kernel", "Linux %s" % b.get("kernel", "?")),
             ("libc", "%s %s%s" % (b.get("libc", "?"), b.get("libc_version", ""),
                                   " (static)" if b.get("link") == "static" else "")),
             ("arch", "%s/%s" % (b.get("architecture", "?"), b.get("bits", "?")))]
    if b.get("runs_on"):
        facts.append(("emulator", str(b["runs_on"])))
    return facts


def chart(names, counts):
    """Inline SVG: one horizontal bar per box, its verdict counts stacked."""
    width, bar, gap, left = 640, 18, 8, 260
    most = max([sum(c.values()) for c in counts] + [1])
    height = len(names) * (bar + gap) + 30
    out = ['<svg id="chart" width="%d" height="%d" '
           'role="img" aria-label="verdict counts per box">' % (left + width + 60, height)]
    for i, (name, c) in enumerate(zip(names, counts)):
        y = i * (bar + gap) + 4
        out.append('<text x="%d" y="%d" font-size="12" text-anchor="end">%s</text>'
                   % (left - 8, y + bar - 5, escape(name)))
        x = left
        for v in VERDICTS:
            w = width * c[v] / most
            out.append('<rect data-box="%s" data-verdict="%s" data-count="%d" x="%.1f" y="%d" '
                       'width="%.1f" height="%d" fill="%s"><title>%s: %d %s</title></rect>'
                       % (escape(name), v, c[v], x, y, w, bar, COLOURS[v], escape(name), c[v], v))
            if c[v] and w > 24:
                out.append('<text x="%.1f" y="%d" font-size="11" fill="#fff">%d</text>'
                           % (x + 3, y + bar - 5, c[v]))
            x += w
        out.append('<text x="%.1f" y="%d" font-size="11">%d</text>'
                   % (x + 4, y + bar - 5, sum(c.values())))
    y = len(names) * (bar + gap) + 18
    for j, v in enumerate(VERDICTS):
        out.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text x="%d" y="%d" '
                   'font-size="11">%s</text>' % (left + j * 80, y - 9, COLOURS[v],
                                                 left + j * 80 + 14, y, v))
    out.append("</svg>")
    return "".join(out)


def render(paths, root=ROOT):
    loaded = [compare.load(p) for p in paths]
    names = [label(p, root) for p in paths]
    boxes = [b for b, _ in loaded]
    runs = [r for _, r in loaded]
    counts = [Counter(p["verdict"] for p in r.values()) for r in runs]
    rows = compare.verdict_rows(runs)
    rows = sorted(rows, key=lambda r: difference(r[1]))      # stable: by id within a group
    groups = Counter(difference(v) for _, v in rows)
    anchors = boxes_anchors(root)

    head = "".join('<th class="box" data-box="%s"><b>%s</b>%s</th>' % (
        escape(n), escape(n), "".join('<span data-fact="%s">%s</span>' % (k, escape(v))
                                      for k, v in header_facts(b)))
        for n, b in zip(names, boxes))
    body = []
    for k, (pid, verdicts) in enumerate(rows):
        group = difference(verdicts)
        name = escape(pid)
        if group < 2 and pid in anchors:
            name = '<a href="../docs/BOXES.md#%s">%s</a>' % (escape(anchors[pid]), name)
        cells = "".join(
            '<td class="cell %s" data-box="%s" data-verdict="%s" title="%s">%s</td>' % (
                v if v != ABSENT else "absent", escape(n), v if v != ABSENT else "absent",
                escape(r[pid].get("message", "") if pid in r else "not run on this box"),
                v.upper() if v != ABSENT else ABSENT)
            for n, v, r in zip(names, verdicts, runs))
        first = k > 0 and difference(rows[k - 1][1]) != group
        body.append('<tr class="behaviour%s" data-probe="%s" data-differs="%s">'
                    '<td class="probe">%s</td>%s</tr>' % (
                        " group-start" if first else "", escape(pid),
                        ("yes", "absent", "no")[group], name, cells))
    count_rows = "".join(
        '<tr data-box="%s"><th>%s</th>%s<td class="n">%d</td></tr>' % (
            escape(n), escape(n), "".join('<td class="n" data-verdict="%s">%d</td>' % (v, c[v])
                                          for v in VERDICTS), sum(c.values()))
        for n, c in zip(names, counts))
    legend = "".join('<span style="background:%s">%s</span>' % (COLOURS[v], v.upper())
                     for v in VERDICTS)
    explained = sum(1 for i, v in rows if difference(v) < 2 and i in anchors)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>ipcprobe: %d boxes</title><style>%s</style></head><body>" % (len(paths), CSS),
        "<h1>ipcprobe: a page of boxes</h1>",
        '<p id="summary">%d boxes, %d behaviours: %d with verdicts that differ between the boxes '
        "(first, in bold%s), %d run on some boxes only (%s = not run there), %d the same on "
        "every box.</p>" % (
            len(paths), len(rows), groups[0],
            "; %d explained in docs/BOXES.md" % explained if anchors else "", groups[1], ABSENT,
            groups[2]),
        "<h2>Verdicts per box</h2>", chart(names, counts),
        '<table id="box-counts"><tr><th>box</th>%s<th>total</th></tr>%s</table>' % (
            "".join("<th>%s</th>" % v for v in VERDICTS), count_rows),
        "<h2>Every behaviour on every box</h2>",
        '<p class="legend">%s</p>' % legend,
        '<table id="matrix"><tr><th>behaviour</th>%s</tr>%s</table>' % (head, "".join(body)),
        "</body></html>"]) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", default=str(ROOT / "reports" / "boxes.html"))
    ap.add_argument("results", nargs="*", help="results.json files (default: every one under "
                                               "reports/ and fixtures/baselines/)")
    args = ap.parse_args(argv)
    paths = [Path(p) for p in args.results] or find_inputs(ROOT)
    if not paths:
        print("ipcprobe boxes: no results.json under reports/ or fixtures/baselines/ "
              "(make run, or name the files)", file=sys.stderr)
        return 2
    try:
        page = render(paths)
    except compare.BadFile as e:
        print("ipcprobe boxes: %s" % e, file=sys.stderr)
        return 2
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    shown = os.path.relpath(out)
    print("boxes: %s (%d boxes: %s)" % (out if shown.startswith("..") else shown, len(paths),
                                        " ".join(label(p, ROOT) for p in paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
