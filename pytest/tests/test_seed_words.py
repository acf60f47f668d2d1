"""The tutorial's own words (docs/seed_zh.json): every seed claim has the sentence of the
tutorial it comes from, a Chinese rendering, and for a correction what Linux really does; and
docs/SEED_CLAIMS.md and report.html show them."""
import json
from types import SimpleNamespace

import pytest

import seed_doc
from conftest import ROOT
from ipcprobe import html_report, seed
from report_check import check


def _claims_and_words():
    return seed.load_claims(ROOT), seed.load_words(ROOT)


def test_every_seed_claim_has_the_tutorials_words_and_a_chinese_rendering():
    claims, words = _claims_and_words()
    assert len(claims) == 73
    tutorial = seed.find_tutorial(ROOT)
    assert seed.words_problems(claims, words, tutorial) == []
    if tutorial is None:
        pytest.skip("quotes not compared with the tutorial (set IPCPROBE_SEED_TEXT to "
                    "its path)")


def test_every_claim_a_probe_corrects_says_what_linux_does_in_chinese():
    baseline = json.loads((ROOT / "fixtures" / "baselines" / "debian12-x86_64.json").read_text())
    words = seed.load_words(ROOT)
    corrected = [a["id"] for a in baseline["seed_audit"] if a["status"] == "corrected"]
    assert corrected
    assert [c for c in corrected if not words.get(c, {}).get("linux_zh")] == []


def test_a_missing_quote_rendering_or_correction_is_named():
    claims, words = _claims_and_words()
    words = json.loads(json.dumps(words))
    del words["SEED-03"]
    words["SEED-07"]["quotes"] = []
    words["SEED-08"]["zh"] = ""
    del words["SEED-10"]["linux_zh"]
    words["SEED-11"]["quotes"][0]["text"] += "并非原文"
    words["SEED-12"]["quotes"][0]["section"] = "3.4"
    problems = seed.words_problems(claims, words, seed.find_tutorial(ROOT) or "")
    assert "SEED-03: no entry in docs/seed_zh.json" in problems
    assert "SEED-07: no quote of the tutorial" in problems
    assert "SEED-08: no Chinese rendering of the claim (zh)" in problems
    assert any(p.startswith("SEED-10: corrects the tutorial") for p in problems)
    assert any(p.startswith("SEED-11: quote not in the tutorial") for p in problems)
    if seed.find_tutorial(ROOT):
        assert "SEED-12: quote is in section 3.1.1 of the tutorial, not 3.4" in problems


def test_seed_claims_md_shows_the_words_and_is_current():
    claims, words = _claims_and_words()
    current = (ROOT / "docs" / "SEED_CLAIMS.md").read_text(encoding="utf-8")
    assert seed_doc.regenerate(current, claims, words) == current, \
        "docs/SEED_CLAIMS.md is out of date with docs/seed_zh.json (run: make seed-doc)"
    part = current[current.index(seed_doc.BEGIN):]
    for seed_id, _, _ in claims:
        entry = part[part.index("</a>%s\n" % seed_id):].split("\n### ")[0]
        for q in words[seed_id]["quotes"]:
            assert "> §%s 「%s」" % (q["section"], seed_doc._md_escape(q["text"])) in entry
        assert "- 中文：" + seed_doc._md_escape(words[seed_id]["zh"]) in entry
        if words[seed_id].get("linux_zh"):
            assert "- Linux 实际上：" in entry


def test_report_html_shows_every_claims_words_and_the_check_misses_none(monkeypatch):
    claims, words = _claims_and_words()
    audit = seed.audit(claims, [])
    data = {"box": {}, "probes": [], "seed_audit": audit}
    settings = SimpleNamespace(root=ROOT, cases=ROOT / "cases")
    page = html_report.render(data, settings)
    problems, dom = check(page, data, claims, words)
    assert problems == [], problems
    assert len(dom.quotes) == 73 and all(dom.zh[s]["zh"] for s, _, _ in claims)
    fewer = dict(words)
    del fewer["SEED-44"]
    monkeypatch.setattr(seed, "load_words", lambda root: fewer)
    problems, _ = check(html_report.render(data, settings), data, claims, words)
    assert any(p.startswith("seed audit: SEED-44 does not show the tutorial's words")
               for p in problems)
    assert "seed audit: SEED-44 does not show its Chinese zh" in problems
