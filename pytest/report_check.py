"""Check the DOM a browser rendered from reports/report.html against reports/results.json:
the counts table matches, every FAIL and ERROR appears, every seed claim has its row with
the tutorial's words and the Chinese rendering (docs/seed_zh.json).

    python3 pytest/report_check.py --dom DOM.html [--results reports/results.json]

Exit 0 when all holds, 1 (one line per problem) otherwise, 2 on bad input."""
import argparse
import json
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ipcprobe import seed  # noqa: E402

VERDICTS = ("pass", "fail", "skip", "error")


class Dom(HTMLParser):
    """What the checks need of the page: the counts table's cells, the failures' probe ids,
    the seed rows' ids and statuses."""

    def __init__(self):
        super().__init__()
        self.stack = []          # (tag, attrs) of open elements
        self.counts = {}         # mechanism -> {verdict: text}
        self.problems = {}       # probe id -> verdict, inside #failures
        self.seeds = {}          # SEED-nn -> status
        self.ids = set()
        self.quotes = {}         # SEED-nn -> [text of each blockquote.quote]
        self.zh = {}             # SEED-nn -> {"zh": text, "linux_zh": text}
        self._cell = None
        self._seed = None        # the seed row being read
        self._words = None       # (seed id, "quote"|"zh"|"linux_zh") being read

    def _inside(self, element_id):
        return any(a.get("id") == element_id for _, a in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "meta", "link", "img", "hr", "input", "wbr"):
            return
        self.stack.append((tag, a))
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "td" and "data-verdict" in a and self._inside("counts"):
            row = next(x for t, x in reversed(self.stack) if t == "tr")
            self._cell = (row.get("data-mechanism"), a["data-verdict"])
            self.counts.setdefault(self._cell[0], {})[self._cell[1]] = ""
        if a.get("data-probe") and "problem" in a.get("class", "").split() \
                and self._inside("failures"):
            self.problems[a["data-probe"]] = a.get("data-verdict")
        classes = a.get("class", "").split()
        if tag == "tr" and "seed" in classes and self._inside("seed-audit"):
            self.seeds[a.get("id")] = a.get("data-status")
            self._seed = a.get("id")
        if self._seed and tag == "blockquote" and "quote" in classes:
            self.quotes.setdefault(self._seed, []).append("")
            self._words = (self._seed, "quote")
        if self._seed and tag == "p" and "zh" in classes:
            self._words = (self._seed, "linux_zh" if "linux" in classes else "zh")
            self.zh.setdefault(self._seed, {})[self._words[1]] = ""

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                if tag == "td":
                    self._cell = None
                if tag in ("blockquote", "p"):
                    self._words = None
                if tag == "tr":
                    self._seed = None
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self._cell:
            mech, verdict = self._cell
            self.counts[mech][verdict] += data.strip()
        if self._words:
            seed_id, what = self._words
            if what == "quote":
                self.quotes[seed_id][-1] += data
            else:
                self.zh[seed_id][what] += data


def check(dom_text, results, claims, words=None):
    """Problems found (empty when the page is right). words: docs/seed_zh.json's entries,
    each of which must be shown in its seed row (the tutorial's quotes, the Chinese)."""
    dom = Dom()
    dom.feed(dom_text)
    problems = []
    probes = results["probes"]
    if "counts" not in dom.ids:
        problems.append("no counts table (id=counts)")
    want = {}
    for p in probes:
        want.setdefault(p["mechanism"], Counter())[p["verdict"]] += 1
    want["total"] = Counter(p["verdict"] for p in probes)
    for mech, c in sorted(want.items()):
        got = dom.counts.get(mech)
        if got is None:
            problems.append("counts: no row for %s" % mech)
            continue
        for v in VERDICTS:
            if got.get(v) != str(c[v]):
                problems.append("counts: %s %s is %r on the page, %d in results.json"
                                % (mech, v, got.get(v), c[v]))
    for mech in sorted(set(dom.counts) - set(want)):
        problems.append("counts: row %s is not in results.json" % mech)
    if "failures" not in dom.ids:
        problems.append("no failures section (id=failures)")
    for p in probes:
        if p["verdict"] in ("fail", "error") and dom.problems.get(p["id"]) != p["verdict"]:
            problems.append("failures: %s (%s) is missing" % (p["id"], p["verdict"]))
    if "seed-audit" not in dom.ids:
        problems.append("no seed audit (id=seed-audit)")
    audit = {a["id"]: a["status"] for a in results.get("seed_audit", [])}
    for seed_id, _, _ in claims:
        if seed_id not in dom.seeds:
            problems.append("seed audit: no row for %s" % seed_id)
        elif seed_id in audit and dom.seeds[seed_id] != audit[seed_id]:
            problems.append("seed audit: %s is %r on the page, %r in results.json"
                            % (seed_id, dom.seeds[seed_id], audit[seed_id]))
    for seed_id, _, _ in claims if words is not None else []:
        w = words.get(seed_id, {})
        shown = dom.quotes.get(seed_id, [])
        for q in w.get("quotes", []):
            if not any(q["text"] in t and "§" + q["section"] in t for t in shown):
                problems.append("seed audit: %s does not show the tutorial's words §%s %r"
                                % (seed_id, q["section"], q["text"]))
        for what in ("zh", "linux_zh"):
            if w.get(what) and w[what] not in dom.zh.get(seed_id, {}).get(what, ""):
                problems.append("seed audit: %s does not show its Chinese %s" % (seed_id, what))
    if len(dom.seeds) != len(claims):
        problems.append("seed audit: %d rows, docs/SEED_CLAIMS.md has %d claims"
                        % (len(dom.seeds), len(claims)))
    return problems, dom


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dom", required=True, help="the DOM the browser dumped (--dump-dom)")
    ap.add_argument("--results", default="reports/results.json")
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1]),
                    help="the repository (for docs/SEED_CLAIMS.md)")
    args = ap.parse_args(argv)
    try:
        dom_text = Path(args.dom).read_text()
        results = json.loads(Path(args.results).read_text())
    except (OSError, ValueError) as e:
        print("report-check: %s" % e, file=sys.stderr)
        return 2
    claims = seed.load_claims(args.root)
    if not dom_text.strip():
        print("report-check: the browser rendered nothing (%s is empty)" % args.dom,
              file=sys.stderr)
        return 1
    problems, dom = check(dom_text, results, claims, seed.load_words(args.root))
    for line in problems:
        print("report-check: " + line, file=sys.stderr)
    if problems:
        return 1
    print("report-check: the rendered page is right: counts of %d mechanisms, %d failures and "
          "errors, %d seed claims with the tutorial's words (%s)" % (
              len(dom.counts) - 1, len(dom.problems), len(dom.seeds),
              ", ".join("%d %s" % (n, s) for s, n in sorted(Counter(dom.seeds.values()).items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
