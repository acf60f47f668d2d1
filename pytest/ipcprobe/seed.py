"""The seed tutorial's claims (docs/SEED_CLAIMS.md) and what a run says of each."""
import re
from pathlib import Path

ROW = re.compile(r"^\|\s*(SEED-\d+)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*$")


def load_claims(root):
    """[(id, claim text, reference)] in document order."""
    path = Path(root) / "docs" / "SEED_CLAIMS.md"
    claims = []
    try:
        for line in path.read_text().splitlines():
            m = ROW.match(line)
            if m:
                claims.append(m.groups())
    except OSError:
        pass
    return claims


def audit(claims, probes):
    """Each seed claim: confirmed, corrected, not settled on this box, or no probe yet.
    A claim is confirmed (or corrected) only when every probe naming it ran and passed."""
    by_seed = {}
    for p in probes:
        for s in p.get("seed", []):
            by_seed.setdefault(s, []).append(p)
    out = []
    for seed_id, text, ref in claims:
        named = by_seed.get(seed_id, [])
        verdicts = {p["verdict"] for p in named}
        if not named:
            status = "no probe"
        elif verdicts != {"pass"}:
            status = "not settled"
        elif any(p.get("kind") == "corrects" for p in named):
            status = "corrected"
        else:
            status = "confirmed"
        out.append({"id": seed_id, "claim": text, "reference": ref, "status": status,
                    "probes": [{"id": p["id"], "verdict": p["verdict"], "kind": p.get("kind", "")}
                               for p in named]})
    return out
