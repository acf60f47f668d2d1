"""`make explain CASE=<id>` works for every probe: its --explain and explain.py both answer."""
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

IDS = sorted(str(p.relative_to(ROOT / "cases"))[:-2] for p in (ROOT / "cases").glob("*/*.c"))


def test_every_probe_explains_itself():
    missing = [i for i in IDS if not (ROOT / "build" / "probes" / i).exists()]
    if missing:
        pytest.skip(f"{len(missing)} probes not built (make build)")
    bad = []
    for probe_id in IDS:
        own = subprocess.run([str(ROOT / "build" / "probes" / probe_id), "--explain"],
                             capture_output=True, text=True, timeout=10)
        extra = subprocess.run([sys.executable, str(ROOT / "pytest" / "explain.py"), probe_id],
                               capture_output=True, text=True, timeout=10, cwd=ROOT)
        if own.returncode or extra.returncode or "Claim:" not in own.stdout \
                or "Reference:" not in own.stdout or "How:" not in own.stdout:
            bad.append(probe_id)
    assert not bad
