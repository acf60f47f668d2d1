"""For `make explain CASE=<id>`: the text of the seed claim(s) the probe settles
(docs/SEED_CLAIMS.md, with the tutorial's own words from docs/seed_zh.json) and its verdict in
the last run (reports/results.json, if any). For `make explain SEED=SEED-nn`: one seed claim —
the tutorial's words, the claim, its verdict on this box, the probes that settle it.

    python3 pytest/explain.py [--build-dir=build] [--results=reports/results.json] ID
    python3 pytest/explain.py [--build-dir=build] [--results=...] --seed SEED-nn"""
import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pytest"))
from ipcprobe import seed  # noqa: E402
import catalogue  # noqa: E402


def metadata(binary):
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    out = subprocess.run([str(binary), "--list"], stdout=subprocess.PIPE,
                         universal_newlines=True, timeout=10, env=env)
    return json.loads(out.stdout)


def seed_lines(meta, claims, words=None):
    ids = meta.get("seed") or []
    if not ids:
        return ["Seed claim: none (this behaviour is not a claim of the seed tutorial)"]
    text = {c[0]: (c[1], c[2]) for c in claims}
    lines = []
    for seed_id in ids:
        claim, ref = text.get(seed_id, ("(not in docs/SEED_CLAIMS.md)", ""))
        lines.append("Seed claim: %s (docs/SEED_CLAIMS.md; this probe %s it)"
                     % (seed_id, meta.get("kind") or "settles"))
        lines += textwrap.wrap(claim, 92, initial_indent="    ", subsequent_indent="    ")
        if ref:
            lines.append("    reference: %s" % ref)
        lines += words_lines((words or {}).get(seed_id, {}), "    ")
    return lines


def words_lines(w, indent):
    """The tutorial's sentences (with section) and the Chinese renderings of one claim."""
    lines = ["%stutorial: %s" % (indent, seed.quote_line(q)) for q in w.get("quotes", [])]
    for key, label in (("zh", "中文"), ("linux_zh", "Linux 实际上")):
        if w.get(key):
            lines += seed.wrap_wide("%s：%s" % (label, w[key]), 96, indent)
    return lines


def explain_seed(seed_id, build, results_path):
    """`make explain SEED=SEED-nn`: lines, or None when the id is not a seed claim."""
    claims = {c[0]: c for c in seed.load_claims(ROOT)}
    if seed_id not in claims:
        return None
    _, claim, ref = claims[seed_id]
    w = seed.load_words(ROOT).get(seed_id, {})
    lines = ["%s (docs/SEED_CLAIMS.md%s)" % (
        seed_id, "; the tutorial is wrong or imprecise here" if seed.is_correction(claim) else "")]
    lines += ["The tutorial says:"] + ["    " + seed.quote_line(q) for q in w.get("quotes", [])]
    lines += ["The claim:"] + textwrap.wrap(claim, 92, initial_indent="    ",
                                            subsequent_indent="    ")
    lines += ["    reference: %s" % ref] + words_lines({k: w.get(k) for k in ("zh", "linux_zh")},
                                                        "    ")
    record, data = None, None
    try:
        data = json.loads(Path(results_path).read_text())
        record = next((a for a in data.get("seed_audit", []) if a.get("id") == seed_id), None)
    except (OSError, ValueError):
        pass
    if record:
        b = data.get("box", {})
        lines.append("On this box: %s (%s, %s; Linux %s)" % (
            record["status"].upper(), os.path.relpath(results_path), b.get("date", "?"),
            b.get("kernel", "?")))
        probes = [(q["id"], q.get("kind", ""), q["verdict"]) for q in record.get("probes", [])]
    else:
        lines.append("On this box: not run yet (no %s with this claim; make run)"
                     % os.path.relpath(results_path))
        try:
            metas = catalogue.probe_metadata(ROOT, build)
        except catalogue.NotBuilt as e:
            lines.append("Probes that settle it: unknown (%s)" % e)
            return lines
        probes = [(m["id"], m.get("kind", ""), "not run") for m in metas
                  if seed_id in (m.get("seed") or [])]
    lines.append("Probes that settle it (%d):" % len(probes))
    lines += ["    %-7s %s (%s)   make explain CASE=%s" % (v.upper(), pid, kind or "settles", pid)
              for pid, kind, v in probes] or ["    none"]
    return lines


def last_run_lines(probe_id, results_path):
    path = Path(results_path)
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return ["Last run:   none yet (no %s; make run CASE=%s)" % (path, probe_id)]
    except (OSError, ValueError) as e:
        return ["Last run:   %s is unreadable (%s)" % (path, e)]
    record = next((p for p in data.get("probes", []) if p.get("id") == probe_id), None)
    b = data.get("box", {})
    if record is None:
        return ["Last run:   not in %s (run at %s; make run CASE=%s)"
                % (path, b.get("date", "?"), probe_id)]
    lines = ["Last run:   %s (%s, %s; Linux %s, %s %s, isolation %s)" % (
        record["verdict"].upper(), path, b.get("date", "?"), b.get("kernel", "?"),
        b.get("libc", "?"), b.get("libc_version", ""), record.get("isolation") or "-")]
    if record.get("message"):
        lines += textwrap.wrap(record["message"], 92, initial_indent="    ",
                               subsequent_indent="    ")
    for a in data.get("seed_audit", []):
        if any(q.get("id") == probe_id for q in a.get("probes", [])):
            lines.append("    seed claim %s in that run: %s" % (a["id"], a["status"]))
    return lines


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--results", default=str(ROOT / "reports" / "results.json"))
    ap.add_argument("--seed", metavar="SEED-nn", help="explain one seed claim instead")
    ap.add_argument("id", nargs="?")
    args = ap.parse_args(argv)
    if args.seed:
        lines = explain_seed(args.seed.upper(), Path(args.build_dir), args.results)
        if lines is None:
            print("ipcprobe: unknown seed claim '%s' (docs/SEED_CLAIMS.md lists SEED-01 to "
                  "SEED-%02d)" % (args.seed, len(seed.load_claims(ROOT))), file=sys.stderr)
            return 2
        print("\n".join(lines))
        return 0
    if not args.id:
        ap.error("a probe id or --seed SEED-nn is needed")
    binary = Path(args.build_dir) / "probes" / args.id
    try:
        meta = metadata(binary)
    except (OSError, ValueError, subprocess.SubprocessError) as e:
        print("ipcprobe: %s --list gave no metadata (%s)" % (binary, e), file=sys.stderr)
        return 2
    results = os.path.relpath(args.results)
    results = args.results if results.startswith("..") else results
    print()
    print("\n".join(seed_lines(meta, seed.load_claims(ROOT), seed.load_words(ROOT))
                    + last_run_lines(args.id, results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
