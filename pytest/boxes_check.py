"""Check the DOM a browser rendered from reports/boxes.html against the results files it was
made from: one column per box, one row per behaviour, each box's cells and its counts table
and chart bars add up to that box's verdicts in its results.json, and the rows whose verdicts
differ come first, then those run on some boxes only.

    python3 pytest/boxes_check.py --dom DOM.html RESULTS.json ...

Exit 0 when all holds, 1 (one line per problem) otherwise, 2 on bad input."""
import argparse
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import boxes  # noqa: E402
import compare  # noqa: E402


class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.columns = []        # th.box data-box, in order
        self.rows = []           # (probe id, differs)
        self.cells = {}          # box -> Counter of verdicts in the matrix
        self.table = {}          # box -> {verdict: text} of #box-counts
        self.bars = {}           # box -> {verdict: count} of svg#chart
        self._count = None       # (box, verdict) of the #box-counts cell being read
        self._row_box = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = a.get("class", "").split()
        if tag == "th" and "box" in classes:
            self.columns.append(a.get("data-box"))
        elif tag == "tr" and "behaviour" in classes:
            self.rows.append((a.get("data-probe"), a.get("data-differs")))
        elif tag == "td" and "cell" in classes:
            self.cells.setdefault(a.get("data-box"), Counter())[a.get("data-verdict")] += 1
        elif tag == "tr" and a.get("data-box"):
            self._row_box = a["data-box"]
        elif tag == "td" and self._row_box and a.get("data-verdict"):
            self._count = (self._row_box, a["data-verdict"])
            self.table.setdefault(self._row_box, {})[a["data-verdict"]] = ""
        elif tag == "rect" and a.get("data-box"):
            self.bars.setdefault(a["data-box"], {})[a.get("data-verdict")] = a.get("data-count")

    def handle_endtag(self, tag):
        if tag == "td":
            self._count = None
        if tag == "tr":
            self._row_box = None

    def handle_data(self, data):
        if self._count:
            box, verdict = self._count
            self.table[box][verdict] += data.strip()


def check(dom_text, paths, root=boxes.ROOT):
    dom = Dom()
    dom.feed(dom_text)
    problems = []
    loaded = [compare.load(p) for p in paths]
    names = [boxes.label(p, root) for p in paths]
    if dom.columns != names:
        problems.append("matrix: boxes %s on the page, %s given" % (dom.columns, names))
    runs = [r for _, r in loaded]
    rows = compare.verdict_rows(runs)
    if sorted(p for p, _ in dom.rows) != [p for p, _ in rows]:
        problems.append("matrix: %d behaviour rows on the page, %d in the files"
                        % (len(dom.rows), len(rows)))
    marks = ("yes", "absent", "no")
    want_marks = {p: marks[boxes.difference(v)] for p, v in rows}
    got_marks = dict(dom.rows)
    order = [marks.index(d) if d in marks else 9 for _, d in dom.rows]
    wrong = sorted(p for p in want_marks if got_marks.get(p) != want_marks[p])
    if wrong or order != sorted(order):
        problems.append("matrix: the differing rows are not marked (%s) or not first"
                        % ", ".join(wrong[:3]))
    for name, run in zip(names, runs):
        want = Counter(p["verdict"] for p in run.values())
        got = dom.cells.get(name, Counter())
        for v in compare.VERDICTS:
            if got[v] != want[v]:
                problems.append("matrix: %s has %d %s cells, %d in its file" % (name, got[v], v,
                                                                               want[v]))
            if dom.table.get(name, {}).get(v) != str(want[v]):
                problems.append("counts: %s %s is %r on the page, %d in its file"
                                % (name, v, dom.table.get(name, {}).get(v), want[v]))
            if dom.bars.get(name, {}).get(v) != str(want[v]):
                problems.append("chart: %s %s bar is %r, %d in its file"
                                % (name, v, dom.bars.get(name, {}).get(v), want[v]))
    return problems, dom


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dom", required=True, help="the DOM the browser dumped (--dump-dom)")
    ap.add_argument("results", nargs="*", help="the files boxes.html was made from "
                                               "(default: as make boxes finds them)")
    args = ap.parse_args(argv)
    paths = [Path(p) for p in args.results] or boxes.find_inputs(boxes.ROOT)
    try:
        dom_text = Path(args.dom).read_text(encoding="utf-8")
        problems, dom = check(dom_text, paths)
    except (OSError, compare.BadFile) as e:
        print("boxes-check: %s" % e, file=sys.stderr)
        return 2
    if not dom_text.strip():
        print("boxes-check: the browser rendered nothing", file=sys.stderr)
        return 1
    for line in problems:
        print("boxes-check: " + line, file=sys.stderr)
    if problems:
        return 1
    print("boxes-check: the rendered page is right: %d boxes, %d behaviours (%d differ), the "
          "counts and the chart match the files" % (len(dom.columns), len(dom.rows),
                                                    sum(1 for _, d in dom.rows if d == "yes")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
