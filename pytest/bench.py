#!/usr/bin/env python3
"""How fast is a full conformance run? Runs the suite (probes already built) with the
given pytest arguments, then prints the wall time, the number of probes, the time per
mechanism (summed probe durations) and the slowest probes.

  bench.py [--runs N] [-- PYTEST ARGS...]
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
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--slowest", type=int, default=10)
    ap.add_argument("pytest_args", nargs="*")
    args = ap.parse_args()
    walls = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            start = time.monotonic()
            proc = subprocess.run([sys.executable, "-m", "pytest", "cases", "-q",
                                   "-p", "no:cacheprovider", f"--reports-dir={tmp}",
                                   *args.pytest_args], cwd=ROOT, capture_output=True, text=True)
            walls.append(time.monotonic() - start)
            if proc.returncode not in (0, 1):
                sys.exit(f"bench: pytest exited {proc.returncode}:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
        results = json.loads((Path(tmp) / "results.json").read_text())
    probes = results["probes"]
    per_mech = defaultdict(float)
    count = defaultdict(int)
    for p in probes:
        per_mech[p["mechanism"]] += p["duration_s"]
        count[p["mechanism"]] += 1
    print(f"full run: {len(probes)} probes, wall {min(walls):.2f} s"
          + (f" (best of {args.runs}; all: {', '.join(f'{w:.2f}' for w in walls)})" if args.runs > 1 else "")
          + f", isolation {results['box']['isolation']}, args: {' '.join(args.pytest_args) or '(serial)'}")
    print(f"{'mechanism':<12}{'probes':>8}{'sum of durations':>20}")
    for mech in sorted(per_mech):
        print(f"{mech:<12}{count[mech]:>8}{per_mech[mech]:>18.2f} s")
    print(f"slowest {args.slowest}:")
    for p in sorted(probes, key=lambda p: -p["duration_s"])[:args.slowest]:
        print(f"  {p['duration_s'] * 1000:8.1f} ms  {p['id']}")


if __name__ == "__main__":
    main()
