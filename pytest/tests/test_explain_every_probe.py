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


def test_every_seed_claim_explains_itself_in_the_tutorials_words():
    import explain
    from ipcprobe import seed
    words = seed.load_words(ROOT)
    baseline = ROOT / "fixtures" / "baselines" / "debian12-x86_64.json"
    bad = []
    for seed_id, _, _ in seed.load_claims(ROOT):
        text = "\n".join(explain.explain_seed(seed_id, ROOT / "build", str(baseline)) or [])
        w = words.get(seed_id, {})
        if not w.get("quotes") or any(seed.quote_line(q) not in text for q in w["quotes"]) or \
                "中文：" not in text or "Probes that settle it" not in text or \
                "On this box: " not in text:
            bad.append(seed_id)
    assert not bad
    out = subprocess.run([sys.executable, str(ROOT / "pytest" / "explain.py"), "--seed",
                          "SEED-999"], capture_output=True, text=True, timeout=30, cwd=ROOT)
    assert out.returncode == 2 and "unknown seed claim 'SEED-999'" in out.stderr
