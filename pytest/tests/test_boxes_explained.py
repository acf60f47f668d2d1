"""docs/BOXES.md explains every difference between the boxes we have run: each probe whose
verdict differs between two baselines in fixtures/baselines/ is named there."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "pytest"))
import compare  # noqa: E402


def differing_probes():
    verdicts = {}
    for path in sorted((ROOT / "fixtures" / "baselines").glob("*.json")):
        _, probes = compare.load(path)
        for pid, record in probes.items():
            verdicts.setdefault(pid, {})[path.name] = record["verdict"]
    # A probe absent from a baseline (added after it was made) is not a difference.
    return {pid: boxes for pid, boxes in verdicts.items() if len(set(boxes.values())) > 1}


def test_every_differing_verdict_is_explained_in_boxes_md():
    text = (ROOT / "docs" / "BOXES.md").read_text(encoding="utf-8")
    missing = sorted(pid for pid in differing_probes() if pid not in text)
    assert not missing, ("verdicts that differ between baselines but are not explained in "
                         "docs/BOXES.md: " + ", ".join(missing))
