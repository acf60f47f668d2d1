"""The seed tutorial's claims (docs/SEED_CLAIMS.md), the tutorial's own words for each
(docs/seed_zh.json), and what a run says of each."""
import json
import os
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


# ---- the tutorial's own words (docs/seed_zh.json) ---------------------------------------
TUTORIAL_NAME = "000_35d5be26a02b0f6e.txt"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^#{3,5}\s+(\d+(?:\.\d+)*)\.?\s", re.M)


def load_words(root):
    """{SEED-nn: {"quotes": [{"section", "text"}], "zh": ..., "linux_zh": ...}} from
    docs/seed_zh.json ({} when it is missing; a broken file is an error worth seeing)."""
    path = Path(root) / "docs" / "seed_zh.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    return {k: v for k, v in json.loads(text).items() if k.startswith("SEED-")}


def is_correction(claim_text):
    """A claim the seed audit marks as a correction of the tutorial."""
    return "(corrects" in claim_text


def quote_line(quote):
    """One quote as shown to readers: '§3.1.1 「...」'."""
    return "§%s 「%s」" % (quote["section"], quote["text"])


def plain_tutorial(text):
    """The tutorial as its readers see it: Markdown links reduced to their text, no '**'.
    The quotes in docs/seed_zh.json are exact substrings of this."""
    return _LINK.sub(r"\1", text).replace("**", "")


def section_at(plain, pos):
    """The tutorial's section number ('3.1.2') of the heading before position pos."""
    found = None
    for m in _HEADING.finditer(plain):
        if m.start() > pos:
            break
        found = m.group(1)
    return found


def find_tutorial(root):
    """The seed tutorial's text, when it is on this machine (beside the shared seed claims or
    named by IPCPROBE_SEED_TEXT), else None."""
    root = Path(root).resolve()
    candidates = [os.environ.get("IPCPROBE_SEED_TEXT", ""),
                  root / "docs" / TUTORIAL_NAME,
                  root.parent / "shared" / "seed" / TUTORIAL_NAME,
                  root.parent.parent / "shared" / "seed" / TUTORIAL_NAME]
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c).read_text(encoding="utf-8")
    return None


def words_problems(claims, words, tutorial=None):
    """What is missing or wrong in docs/seed_zh.json for the claims of docs/SEED_CLAIMS.md:
    every claim has a quote (section and text), a Chinese rendering, and, when the claim
    corrects the tutorial or a probe corrects it, a rendering of what Linux really does.
    With the tutorial's text, every quote must be in it, under the section it names."""
    problems = []
    cjk = re.compile(r"[\u4e00-\u9fff]")
    plain = plain_tutorial(tutorial) if tutorial is not None else None
    ids = [c[0] for c in claims]
    for seed_id, text, _ in claims:
        w = words.get(seed_id)
        if not w:
            problems.append("%s: no entry in docs/seed_zh.json" % seed_id)
            continue
        quotes = w.get("quotes") or []
        if not quotes:
            problems.append("%s: no quote of the tutorial" % seed_id)
        for q in quotes:
            if not q.get("section") or not q.get("text", "").strip():
                problems.append("%s: a quote without section or text" % seed_id)
                continue
            if plain is not None:
                pos = plain.find(q["text"])
                if pos < 0:
                    problems.append("%s: quote not in the tutorial: %r" % (seed_id, q["text"]))
                elif section_at(plain, pos) != q["section"]:
                    problems.append("%s: quote is in section %s of the tutorial, not %s"
                                    % (seed_id, section_at(plain, pos), q["section"]))
        if not cjk.search(w.get("zh", "")):
            problems.append("%s: no Chinese rendering of the claim (zh)" % seed_id)
        if is_correction(text) and not cjk.search(w.get("linux_zh", "")):
            problems.append("%s: corrects the tutorial but has no Chinese rendering of what "
                            "Linux does (linux_zh)" % seed_id)
    for extra in sorted(set(words) - set(ids)):
        problems.append("%s: in docs/seed_zh.json but not a claim of docs/SEED_CLAIMS.md" % extra)
    return problems


def _columns(text):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_wide(text, width=88, indent=""):
    """Wrap text mixing Chinese (two columns a character, a break anywhere between two of
    them) and ASCII words (never cut) to `width` columns."""
    lines, cur = [], ""
    for tok in re.findall(r"[\x21-\x7e]+|\s+|.", text):
        if cur and _columns(indent + cur + tok) > width and not tok.isspace():
            lines.append(indent + cur.rstrip())
            cur = ""
        if cur or not tok.isspace():
            cur += tok
    if cur:
        lines.append(indent + cur.rstrip())
    return lines
