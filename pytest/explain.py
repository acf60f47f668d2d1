"""For `make explain CASE=<id>`: the text of the seed claim(s) the probe settles
(docs/SEED_CLAIMS.md) and its verdict in the last run (reports/results.json, if any).

    python3 pytest/explain.py [--build-dir=build] [--results=reports/results.json] ID"""
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


def metadata(binary):
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    out = subprocess.run([str(binary), "--list"], stdout=subprocess.PIPE,
                         universal_newlines=True, timeout=10, env=env)
    return json.loads(out.stdout)


def seed_lines(meta, claims):
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
    ap.add_argument("id")
    args = ap.parse_args(argv)
    binary = Path(args.build_dir) / "probes" / args.id
    try:
        meta = metadata(binary)
    except (OSError, ValueError, subprocess.SubprocessError) as e:
        print("ipcprobe: %s --list gave no metadata (%s)" % (binary, e), file=sys.stderr)
        return 2
    results = os.path.relpath(args.results)
    results = args.results if results.startswith("..") else results
    print()
    print("\n".join(seed_lines(meta, seed.load_claims(ROOT)) + last_run_lines(args.id, results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
