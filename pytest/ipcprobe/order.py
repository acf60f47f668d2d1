"""Parallel runs start the longest probes first. pytest-xdist hands the items out in the
order collected, so a probe of a second (a veth link's carrier, an alarm) collected last kept
one worker busy after the others had finished: the run's wall time was the rest's plus that
second. The durations of the last runs are kept in the build (.durations.json, beside the
metadata cache); the controller sends the same copy to every worker (xdist requires every
worker to collect the same order), and the workers sort the items longest first."""
import json
import os

FILE = ".durations.json"


def load(build):
    """{probe id: seconds} of the last runs, {} when there are none."""
    try:
        data = json.loads((build / FILE).read_text())
        return {k: float(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def save(build, records):
    """Merge this run's durations into the file (nothing when the build is read-only)."""
    durations = load(build)
    durations.update({r["id"]: r["duration_s"] for r in records if r.get("duration_s")})
    path = build / FILE
    tmp = path.with_name(f"{FILE}.{os.getpid()}")
    try:
        tmp.write_text(json.dumps(durations, sort_keys=True))
        tmp.replace(path)
    except OSError:
        pass


def longest_first(items, durations, workers=1):
    """Sort in place, longest first (probes never timed keep their order, after the timed),
    and give each of `workers` one of the longest to start with: xdist's load scheduler first
    hands each worker a run of max(n // workers // 4, 2) consecutive items, so the longest
    go at the start of each run, not all in the first."""
    items.sort(key=lambda i: -durations.get(getattr(i, "probe_id", ""), 0.0))
    if workers < 2 or len(items) < 2 * workers:
        return
    run = max(len(items) // workers // 4, 2)
    longest, rest, spread = items[:workers], items[workers:], []
    for first in longest:
        spread += [first] + rest[:run - 1]
        rest = rest[run - 1:]
    items[:] = spread + rest
