#!/usr/bin/env python3
"""Are verdicts repeatable? Runs the whole suite N times (optionally with busy processes
loading the CPUs) and reports every probe whose verdict was not the same in every run.

  soak.py [-n RUNS] [--load K] [-- PYTEST ARGS...]      exit 1 if any verdict changed
"""
import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--runs", type=int, default=10)
    ap.add_argument("--load", type=int, default=0, help="busy processes to run meanwhile")
    ap.add_argument("pytest_args", nargs="*")
    args = ap.parse_args()
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(args.load)]
    seen = defaultdict(lambda: defaultdict(int))
    messages = {}
    start = time.monotonic()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(1, args.runs + 1):
                subprocess.run([sys.executable, "-m", "pytest", "cases", "-q", "-p", "no:cacheprovider",
                                f"--reports-dir={tmp}", *args.pytest_args], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                results = json.loads((Path(tmp) / "results.json").read_text())
                for p in results["probes"]:
                    seen[p["id"]][p["verdict"]] += 1
                    if p["verdict"] not in ("pass", "skip"):
                        messages[(p["id"], p["verdict"])] = p["message"]
                print(f"run {n}/{args.runs}: {len(results['probes'])} probes, "
                      f"{dict(results['counts'])}", flush=True)
    finally:
        for b in busy:
            b.kill()
            b.wait()
    changed = {pid: dict(v) for pid, v in seen.items() if len(v) > 1}
    print(f"\n{args.runs} runs of {len(seen)} probes with {args.load} busy processes in "
          f"{time.monotonic() - start:.0f} s: {len(changed)} changed verdicts")
    for pid, counts in sorted(changed.items()):
        print(f"  {pid}: {counts}")
        for verdict in counts:
            if (pid, verdict) in messages:
                print(f"    {verdict}: {messages[(pid, verdict)]}")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
