#!/usr/bin/env python3
"""How fast is a full conformance run, and where does the time go? Runs the suite (probes
already built) with the given pytest arguments, best of N, and prints the wall time, the
time per phase, per mechanism (summed probe durations) and the slowest probes.

  bench.py [--runs N] [--slowest K] [-- PYTEST ARGS...]

Phases (from the launcher's own clock, IPCPROBE_TIMING=1, and the runner's):
  collection   a `--collect-only` run: interpreter, plugin, reading each probe's metadata
  spawn        the runner starting the launcher and seeing it end, beyond what the launcher
               measured itself (fork and exec of the launcher, scheduling)
  set-up       the launcher: namespaces, private mounts, loopback, until the probe's fork
  probe        the probe: fork, exec, its body, until PID 1 reaped it
  teardown     PID 1's end and its namespaces', until the launcher ended
  bookkeeping  a worker's time in pytest between the end of one probe and the start of the
               next (reports, xdist's messages, set-up), measured by the runner
and the CPU time of the whole run (user and system, every process of it): less sensitive to
other load on the box than wall times.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("spawn", "setup", "probe", "teardown", "bookkeeping")


def pytest(args, reports):
    env = dict(os.environ, IPCPROBE_TIMING="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pytest", "cases", "-q", "-p", "no:cacheprovider",
                           f"--reports-dir={reports}", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: pytest exited {proc.returncode}:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime)


def workers(args):
    """How many processes run probes: -n N / -n auto (xdist), else 1."""
    for i, a in enumerate(args):
        value = args[i + 1] if a in ("-n", "--numprocesses") and i + 1 < len(args) else (
            a[2:] if a.startswith("-n") and len(a) > 2 else None)
        if value is not None:
            return os.cpu_count() or 1 if value == "auto" else max(int(value), 1)
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--slowest", type=int, default=10)
    ap.add_argument("pytest_args", nargs="*")
    args = ap.parse_args()
    walls, collections, cpus, best = [], [], [], None
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            collections.append(pytest(["--collect-only", *args.pytest_args], tmp)[0])
            wall, cpu = pytest(args.pytest_args, tmp)
            walls.append(wall)
            cpus.append(cpu)
            if wall == min(walls):
                best = json.loads((Path(tmp) / "results.json").read_text())
    probes = best["probes"]
    n, jobs = len(probes), workers(args.pytest_args)
    print(f"full run: {n} probes, wall {min(walls):.2f} s"
          + (f" (best of {args.runs}; all: {', '.join(f'{w:.2f}' for w in walls)})" if args.runs > 1 else "")
          + f", isolation {best['box']['isolation']}, {jobs} worker(s), args: "
          + f"{' '.join(args.pytest_args) or '(serial)'}")

    user, system = min(cpus, key=sum)
    print(f"cpu: {user + system:.2f} s (user {user:.2f}, system {system:.2f}; least of the runs),"
          f" {(user + system) / n * 1000:.1f} ms a probe")
    print(f"\n{'phase':<14}{'per probe':>12}{'summed':>12}")
    print(f"{'collection':<14}{'':>12}{min(collections):>10.2f} s   wall of --collect-only")
    for ph in PHASES:
        values = [p["phases_ms"][ph] for p in probes if ph in (p.get("phases_ms") or {})]
        if values:
            print(f"{ph:<14}{sum(values) / len(values):>9.2f} ms{sum(values) / 1000:>10.2f} s"
                  f"   ({len(values)} probes)")
    if not any(p.get("phases_ms") for p in probes):
        print("(no phases: the launcher reports them in namespaces only, not --isolation=none)")

    per_mech, count = defaultdict(float), defaultdict(int)
    for p in probes:
        per_mech[p["mechanism"]] += p["duration_s"]
        count[p["mechanism"]] += 1
    print(f"\n{'mechanism':<12}{'probes':>8}{'sum of durations':>20}")
    for mech in sorted(per_mech):
        print(f"{mech:<12}{count[mech]:>8}{per_mech[mech]:>18.2f} s")
    print(f"slowest {args.slowest}:")
    for p in sorted(probes, key=lambda p: -p["duration_s"])[:args.slowest]:
        print(f"  {p['duration_s'] * 1000:8.1f} ms  {p['id']}")


if __name__ == "__main__":
    main()
