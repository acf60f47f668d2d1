"""Every probe's metadata is complete: a one-sentence claim, a man page reference, how it is
proved, seed ids that exist with confirms/corrects, and needs the harness knows."""
import json
import re
import subprocess

import pytest

from conftest import ROOT
from ipcprobe import seed

# A section may carry a suffix: pthread_cond_wait(3p) is the POSIX Programmer's Manual page.
MAN_PAGE = re.compile(r"\b[a-z_0-9.]+\([1-8](p|posix)?\)")
NEED = re.compile(r"^(root|userns|netns|cmd:\S+|path:/\S*)$")


def probes():
    for source in sorted((ROOT / "cases").glob("*/*.c")):
        yield source, ROOT / "build" / "probes" / source.parent.name / source.stem


def test_every_probe_has_complete_metadata():
    missing = [str(b) for _, b in probes() if not b.exists()]
    if missing:
        pytest.skip(f"{len(missing)} probes not built (make build)")
    seeds = {c[0] for c in seed.load_claims(ROOT)}
    problems = []
    for source, binary in probes():
        meta = json.loads(subprocess.run([str(binary), "--list"], capture_output=True,
                                         text=True, timeout=10).stdout)
        pid = meta["id"]
        if pid != f"{source.parent.name}/{source.stem}":
            problems.append(f"{pid}: id does not match its file {source}")
        if len(meta["claim"]) < 20:
            problems.append(f"{pid}: no claim")
        if not MAN_PAGE.search(meta["reference"]):
            problems.append(f"{pid}: reference names no man page: {meta['reference']!r}")
        if len(meta["how"]) < 20:
            problems.append(f"{pid}: no 'how'")
        for s in meta["seed"]:
            if s not in seeds:
                problems.append(f"{pid}: unknown seed claim {s}")
        if meta["seed"] and meta["kind"] not in ("confirms", "corrects"):
            problems.append(f"{pid}: seed without kind confirms/corrects")
        if meta["layer"] not in ("kernel", "libc"):
            problems.append(f"{pid}: layer {meta['layer']!r}")
        problems += [f"{pid}: unknown need {n!r}" for n in meta["needs"] if not NEED.match(n)]
    assert not problems, "\n".join(problems)


def test_every_seed_claim_is_named_by_a_probe():
    named = set()
    for source, _ in probes():
        named.update(re.findall(r"SEED-\d+", source.read_text()))
    missing = [c[0] for c in seed.load_claims(ROOT) if c[0] not in named]
    assert not missing
