"""Compare the results.json of several boxes: their facts side by side and every behaviour
whose verdict differs.

    python3 pytest/compare.py BASE.json NEW.json [MORE.json ...]

Exit 1 when a probe that passed on BASE fails or errors on NEW, 0 otherwise; 2 (one line
saying why) when a file is missing, not JSON, or not an ipcprobe results file."""
import json
import sys
from pathlib import Path

VERDICTS = ("pass", "fail", "skip", "error")
FACTS = [
    ("kernel", lambda b: b.get("kernel")),
    ("runs on", lambda b: b.get("runs_on") or ABSENT),
    ("conditions", lambda b: b.get("conditions") or ABSENT),
    ("distro", lambda b: b.get("distro")),
    ("libc", lambda b: "%s %s%s" % (b.get("libc", "?"), b.get("libc_version", "?"),
                                    " (static, in the probes)" if b.get("link") == "static" else "")),
    ("box's libc", lambda b: b.get("host_libc") or ABSENT),
    ("compiler", lambda b: b.get("compiler")),
    ("arch/bits", lambda b: "%s/%s%s" % (b.get("architecture", "?"), b.get("bits", "?"),
                                         " big-endian" if b.get("endian") == "big" else "")),
    ("isolation", lambda b: b.get("isolation")),
    ("uid", lambda b: b.get("uid")),
    ("date", lambda b: b.get("date")),
]
ABSENT = "-"


class BadFile(Exception):
    pass


def load(path):
    """{probe id: record} and the box of one results.json; BadFile says what is wrong."""
    try:
        text = Path(path).read_text()
    except FileNotFoundError:
        raise BadFile("%s: no such file" % path)
    except (OSError, UnicodeDecodeError) as e:
        raise BadFile("%s: cannot read it (%s)" % (path, e))
    try:
        data = json.loads(text)
    except ValueError as e:
        raise BadFile("%s: not JSON (%s)" % (path, e))
    if not isinstance(data, dict) or not isinstance(data.get("probes"), list) \
            or not isinstance(data.get("box"), dict):
        raise BadFile("%s: not an ipcprobe results file (no 'box' and 'probes'; "
                      "expected a reports/results.json)" % path)
    probes = {}
    for n, p in enumerate(data["probes"]):
        if not isinstance(p, dict) or not isinstance(p.get("id"), str) \
                or p.get("verdict") not in VERDICTS:
            raise BadFile("%s: not an ipcprobe results file (probes[%d] has no id and "
                          "verdict)" % (path, n))
        probes[p["id"]] = p
    return data["box"], probes


def labels(paths):
    """Short column names: the file names without .json, numbered when two are alike."""
    stems = [Path(p).name[:-5] if Path(p).name.endswith(".json") else Path(p).name for p in paths]
    return [s if stems.count(s) == 1 else "%d:%s" % (i + 1, s) for i, s in enumerate(stems)]


def verdict_rows(runs):
    """[(probe id, [its verdict on each box, ABSENT where it did not run])], sorted by id."""
    return [(i, [r[i]["verdict"] if i in r else ABSENT for r in runs])
            for i in sorted(set().union(*runs))]


def compare(boxes, runs):
    """(rows of differing verdicts [(id, [verdict per box])], regressions [(id, new record)])
    — a regression is a pass on the first box that fails or errors on the second."""
    ids = sorted(set().union(*runs))
    rows = [(i, v) for i, v in verdict_rows(runs) if len(set(v)) > 1]
    base, new = runs[0], runs[1]
    regressions = [(i, new[i]) for i in ids if i in base and i in new
                   and base[i]["verdict"] == "pass" and new[i]["verdict"] in ("fail", "error")]
    return rows, regressions


def table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = "  ".join("%%-%ds" % w for w in widths)
    lines = [header, ["-" * w for w in widths]] + rows
    return "\n".join((fmt % tuple(str(x) for x in r)).rstrip() for r in lines)


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2 or any(a.startswith("-") for a in args):
        print("usage: compare.py BASE.json NEW.json [MORE.json ...]", file=sys.stderr)
        return 2
    try:
        loaded = [load(p) for p in args]
    except BadFile as e:
        print("ipcprobe compare: %s" % e, file=sys.stderr)
        return 2
    boxes = [b for b, _ in loaded]
    runs = [r for _, r in loaded]
    names = labels(args)
    print("boxes:")
    print(table(["", *names], [[name, *[get(b) for b in boxes]] for name, get in FACTS]))
    rows, regressions = compare(boxes, runs)
    print()
    if rows:
        print("%d behaviours differ (of %d probes; %s = not run on that box):"
              % (len(rows), len(set().union(*runs)), ABSENT))
        print(table(["probe", *names], [[i, *v] for i, v in rows]))
    else:
        print("no behaviour differs (%d probes)" % len(set().union(*runs)))
    if regressions:
        print()
        print("%d passed on %s and not on %s:" % (len(regressions), names[0], names[1]))
        for i, record in regressions:
            print("  %s %s: %s" % (record["verdict"].upper(), i, record.get("message", "")))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
