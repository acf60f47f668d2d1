#!/usr/bin/env python3
"""The mutation self-test: can every probe fail?

Each library in build/mutants/ (from fixtures/mutants/*.c) breaks one documented behaviour
when LD_PRELOADed into the probes, and names in its `// kills:` line the probes it must
fail. This runs the probes once clean and once per mutant, prints the kill matrix, and
exits non-zero when
  - a mutant fails none of the probes it names (a hole in the mutant or in the probe),
  - a probe is failed by no mutant meant for it and gives no `.unmutable` reason,
  - a probe does not pass on the clean run (it cannot be judged).
Only a FAIL verdict counts as a kill: an ERROR or a crash proves nothing about the probe.

  mutate.py [--build-dir build] [--scope mechanism|all] [--jobs N] [--time-scale N]
            [--json reports/mutation.json] [--mechanism M ...] [--mutant GLOB ...]

--mechanism M (repeatable) limits the self-test to the probes of mechanism M and the mutants
that name one of them: a quick check while writing the probes of one area.

With --mutant (repeatable; fnmatch on the mutant's name, e.g. 'splice_*'), only those mutants
run, and only the probes of the mechanisms they name are judged.
"""
import argparse
import concurrent.futures
import fnmatch
import json
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ipcprobe import run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KILLS = re.compile(r"^//\s*kills:\s*(.*)$", re.M)
WHAT = re.compile(r"^//\s*mutant:\s*(.*)$", re.M)


def probes(build, mechanisms=()):
    """Every probe of cases/ (of `mechanisms` when given) with its metadata; a source
    without a build is an error."""
    found = {}
    for source in sorted((ROOT / "cases").glob("*/*.c")):
        if mechanisms and source.parent.name not in mechanisms:
            found[f"{source.parent.name}/{source.stem}"] = None
            continue
        binary = build / "probes" / source.parent.name / source.stem
        if not os.access(binary, os.X_OK):
            sys.exit(f"mutate: {binary} missing: run make build")
        meta = json.loads(subprocess.run([str(binary), "--list"], capture_output=True,
                                         text=True, timeout=10).stdout)
        found[meta["id"]] = (str(binary), meta)
    return found


def mutants(build, patterns=None):
    found = {}
    for src in sorted((ROOT / "fixtures" / "mutants").glob("*.c")):
        if patterns and not any(fnmatch.fnmatch(src.stem, p) for p in patterns):
            continue
        text = src.read_text()
        kills = KILLS.search(text)
        what = WHAT.search(text)
        found[src.stem] = {
            "library": str(build / "mutants" / f"{src.stem}.so"),
            "what": what.group(1).strip() if what else "",
            "kills": kills.group(1).split() if kills else [],
        }
    return found


def launcher(build):
    """(the isolation launcher, the isolation it gives on this box); exits when not built."""
    isolate = str(build / "ipcprobe-isolate")
    if not os.access(isolate, os.X_OK):
        sys.exit(f"mutate: {isolate} missing: run make build mutants first")
    which = subprocess.run([isolate, "--which"], capture_output=True, text=True).stdout.strip()
    return isolate, which


def mutants_of(all_mutants, probe_id):
    """The mutants whose `// kills:` line names probe_id, the most specific (fewest kills)
    first."""
    return sorted((name for name, m in all_mutants.items() if probe_id in m["kills"]),
                  key=lambda name: (len(all_mutants[name]["kills"]), name))


def run_outcomes(jobs, tasks, isolate, isolation, scale):
    """tasks: [(key, binary, probe_id, timeout_s, preload)] -> {key: run.Outcome}"""
    env = dict(os.environ, IPCPROBE_TIME_SCALE=f"{scale:g}")
    env.pop("LD_PRELOAD", None)

    def one(task):
        key, binary, probe_id, timeout_s, preload = task
        return key, run.run_probe(binary, probe_id, isolate=isolate, isolation=isolation,
                                  bound_s=timeout_s * scale + 1.0, preload=preload, env=env)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(one, tasks))


def run_all(jobs, tasks, isolate, isolation, scale):
    """tasks: [(key, binary, probe_id, timeout_s, preload)] -> {key: verdict}"""
    return {key: out.verdict
            for key, out in run_outcomes(jobs, tasks, isolate, isolation, scale).items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--scope", choices=["mechanism", "all"], default="mechanism",
                    help="run each mutant against the probes of the mechanisms it names "
                         "(default), or against every probe")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json", default="reports/mutation.json")
    ap.add_argument("--time-scale", type=float, default=1.0,
                    help="stretch every bound (a loaded box; mutants that make probes wait)")
    ap.add_argument("--mechanism", action="append", default=[], metavar="M",
                    help="only the probes of mechanism M and the mutants naming them "
                         "(repeatable)")
    ap.add_argument("--mutant", action="append", metavar="GLOB",
                    help="run only the mutants whose name matches (repeatable); only the probes "
                         "of the mechanisms they name are judged")
    args = ap.parse_args()
    build = (ROOT / args.build_dir).resolve()
    isolate, isolation = launcher(build)
    all_mutants = mutants(build, args.mutant)
    if args.mutant and not all_mutants:
        sys.exit(f"mutate: no mutant matches {' '.join(args.mutant)}")
    if args.mutant:
        args.mechanism += sorted({k.split("/")[0] for m in all_mutants.values() for k in m["kills"]})
    known = sorted(d.name for d in (ROOT / "cases").iterdir() if d.is_dir())
    unknown = [m for m in args.mechanism if m not in known]
    if unknown:
        sys.exit(f"mutate: unknown mechanism {' '.join(unknown)} (known: {' '.join(known)})")
    all_probes = probes(build, args.mechanism)
    every_probe = set(all_probes)
    if args.mechanism:
        all_probes = {pid: v for pid, v in all_probes.items()
                      if pid.split("/")[0] in args.mechanism}
        all_mutants = {n: m for n, m in all_mutants.items()
                       if any(k.split("/")[0] in args.mechanism for k in m["kills"])}
    problems = []

    for name, m in all_mutants.items():
        if not os.path.exists(m["library"]):
            sys.exit(f"mutate: {m['library']} missing: run make mutants")
        unknown = [k for k in m["kills"] if k not in every_probe]
        if unknown:
            problems.append(f"mutant {name} names unknown probes: {' '.join(unknown)}")
        if not m["kills"]:
            problems.append(f"mutant {name} has no '// kills:' line")

    clean = run_all(args.jobs, [(pid, b, pid, meta.get("timeout_s", 4), None)
                                for pid, (b, meta) in all_probes.items()], isolate, isolation,
                    args.time_scale)
    tasks = []
    for name, m in all_mutants.items():
        mechs = {k.split("/")[0] for k in m["kills"]}
        for pid, (binary, meta) in all_probes.items():
            if args.scope == "all" or pid.split("/")[0] in mechs:
                tasks.append(((name, pid), binary, pid, meta.get("timeout_s", 4), m["library"]))
    mutated = run_all(args.jobs, tasks, isolate, isolation, args.time_scale)

    killed_by = {pid: [] for pid in all_probes}
    report = {"isolation": isolation, "scope": args.scope, "mutants": {}, "probes": {}}
    print(f"{'mutant':<48} intended-killed  collateral")
    for name, m in all_mutants.items():
        fails = sorted(pid for (mn, pid), v in mutated.items() if mn == name and v == "fail")
        intended = [k for k in m["kills"] if k in fails]
        missed = [k for k in m["kills"] if k in all_probes and k not in fails]
        collateral = [k for k in fails if k not in m["kills"]]
        for k in intended:
            killed_by[k].append(name)
        print(f"{name:<48} {len(intended):>3}/{len(m['kills']):<3}        {len(collateral):>3}")
        for k in missed:
            v = mutated.get((name, k), "not run")
            problems.append(f"mutant {name} does not fail {k} (verdict under it: {v})")
        if not fails:
            problems.append(f"mutant {name} fails no probe at all")
        report["mutants"][name] = {"what": m["what"], "kills": m["kills"], "killed": intended,
                                   "missed": missed, "collateral": collateral}

    unmutable = 0
    for pid, (binary, meta) in all_probes.items():
        reason = meta.get("unmutable", "")
        if clean[pid] not in ("pass", "skip"):
            problems.append(f"probe {pid} does not pass without a mutant (verdict {clean[pid]})")
        if not killed_by[pid]:
            if reason:
                unmutable += 1
            else:
                problems.append(f"probe {pid} is failed by no mutant (and gives no .unmutable reason)")
        report["probes"][pid] = {"clean": clean[pid], "killed_by": killed_by[pid],
                                 "unmutable": reason}

    n_mut = len(all_mutants)
    n_killing = sum(1 for m in report["mutants"].values() if m["killed"])
    n_killed = sum(1 for v in killed_by.values() if v)
    print(f"\nmutants that fail a probe they name: {n_killing}/{n_mut}")
    print(f"probes failed by a mutant meant for them: {n_killed}/{len(all_probes)}"
          f" (+{unmutable} excused as unmutable)")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    print(f"kill matrix: {args.json}")
    for p in problems:
        print(f"PROBLEM: {p}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
