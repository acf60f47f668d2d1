"""The reports a person reads: reports/report.html (counts, failures with their source, the
seed audit) and pytest/compare.py across boxes (table, exit codes, bad input)."""
import json
import subprocess
import sys
from types import SimpleNamespace

from conftest import FIXTURES, ROOT
from ipcprobe import html_report, seed
from report_check import check

COMPARE = [sys.executable, str(ROOT / "pytest" / "compare.py")]


def test_every_run_writes_a_self_contained_html_report(ipcprobe, tmp_path):
    run = ipcprobe(*FIXTURES)
    page = (tmp_path / "reports" / "report.html").read_text()
    claims = seed.load_claims(ROOT)
    assert len(claims) == 73
    problems, dom = check(page, run.results, claims, seed.load_words(ROOT))
    assert problems == [], problems
    assert dom.counts["selftest"]["fail"] == dom.counts["total"]["fail"] == "1"
    assert {"selftest/fails", "selftest/crashes", "selftest/hangs"} <= set(dom.problems)
    assert set(dom.problems) == {p["id"] for p in run.results["probes"]
                                 if p["verdict"] in ("fail", "error")}
    assert set(dom.seeds.values()) == {"no probe"}  # no fixture probe names a seed claim
    # the failing probe's source, escaped, in a <details>; nothing fetched, no script
    assert "<details><summary>source: fixtures/probes/selftest/fails.c</summary>" in page
    assert "PROBE_BODY { EXPECT_EQ(1, 2, &quot;one&quot;); }" in page
    assert "one: expected 2; observed 1" in page
    for outside in ("<script", "http://", "https://", "<link", "@import", "src="):
        assert outside not in page, outside
    assert "report.html" in run.output
    # and the check sees a page that lies
    broken = page.replace('id="SEED-73"', 'id="SEED-99"').replace(
        'data-probe="selftest/fails"', 'data-probe="selftest/other"')
    problems, _ = check(broken, run.results, claims)
    assert "seed audit: no row for SEED-73" in problems
    assert "failures: selftest/fails (fail) is missing" in problems


def test_the_html_report_escapes_what_probes_print():
    probe = {"id": "pipe/x", "mechanism": "pipe", "verdict": "fail", "claim": "a < b",
             "reference": "pipe(7)", "seed": ["SEED-07"], "kind": "confirms",
             "message": "expected <script>alert(1)</script>; observed &", "source": "nowhere.c"}
    audit = [{"id": "SEED-07", "claim": "Bytes `fd[1]` *in order*", "reference": "pipe(7)",
              "status": "not settled", "probes": [{"id": "pipe/x", "verdict": "fail",
                                                  "kind": "confirms"}]}]
    page = html_report.render({"box": {}, "probes": [probe], "seed_audit": audit},
                              SimpleNamespace(root=ROOT, cases=ROOT / "cases"))
    assert "<script>" not in page
    assert "expected &lt;script&gt;alert(1)&lt;/script&gt;; observed &amp;" in page
    assert "Bytes <code>fd[1]</code> <em>in order</em>" in page
    assert '<tr class="seed" id="SEED-07" data-status="not settled">' in page
    assert "(source not found: nowhere.c)" in page


def _results(path, box, verdicts):
    probes = [{"id": i, "mechanism": i.split("/")[0], "verdict": v,
               "message": "" if v == "pass" else "expected 1; observed 2"}
              for i, v in sorted(verdicts.items())]
    path.write_text(json.dumps({"box": box, "probes": probes, "counts": {}, "seed_audit": []}))
    return str(path)


DEBIAN = {"kernel": "6.1.0", "distro": "Debian 12", "libc": "glibc", "libc_version": "2.36",
          "compiler": "gcc 12.2.0", "architecture": "x86_64", "bits": 64, "isolation": "ns",
          "uid": 0}
ALPINE = dict(DEBIAN, distro="Alpine 3.20", libc="musl", libc_version="1.2.5", uid=1000,
              architecture="i686", bits=32, isolation="userns")


def _compare(*files):
    return subprocess.run(COMPARE + list(files), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, timeout=60)


def test_compare_shows_the_boxes_and_the_differing_verdicts(tmp_path):
    base = _results(tmp_path / "debian.json", DEBIAN,
                    {"pipe/a": "pass", "pipe/b": "pass", "sem/c": "skip", "shm/d": "pass"})
    new = _results(tmp_path / "alpine.json", ALPINE,
                   {"pipe/a": "pass", "pipe/b": "fail", "sem/c": "pass", "msg/e": "error"})
    out = _compare(base, new)
    assert out.returncode == 1, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert any(l.split() == ["libc", "glibc", "2.36", "musl", "1.2.5"] for l in lines), out.stdout
    assert any(l.split() == ["arch/bits", "x86_64/64", "i686/32"] for l in lines)
    assert any(l.split() == ["uid", "0", "1000"] for l in lines)
    assert any(l.split() == ["isolation", "ns", "userns"] for l in lines)
    differ = out.stdout.split("behaviours differ")[1].split("passed on")[0]
    rows = {l.split()[0]: l.split()[1:] for l in differ.splitlines()[1:] if "/" in l}
    assert rows["pipe/b"] == ["pass", "fail"]
    assert rows["sem/c"] == ["skip", "pass"]
    assert rows["shm/d"] == ["pass", "-"]
    assert rows["msg/e"] == ["-", "error"]
    assert "pipe/a" not in rows  # same verdict everywhere
    assert "FAIL pipe/b: expected 1; observed 2" in out.stdout
    # the other way round nothing that passed now fails: exit 0
    back = _compare(new, base)
    assert back.returncode == 0, back.stdout + back.stderr


def test_compare_takes_more_boxes_and_exits_0_without_regression(tmp_path):
    a = _results(tmp_path / "a.json", DEBIAN, {"pipe/a": "pass", "pipe/b": "skip"})
    b = _results(tmp_path / "b.json", DEBIAN, {"pipe/a": "pass", "pipe/b": "pass"})
    c = _results(tmp_path / "c.json", ALPINE, {"pipe/a": "fail", "pipe/b": "pass"})
    out = _compare(a, b, c)
    assert out.returncode == 0, out.stdout + out.stderr
    assert any(l.split() == ["probe", "a", "b", "c"] for l in out.stdout.splitlines())
    assert any(l.split() == ["pipe/a", "pass", "pass", "fail"] for l in out.stdout.splitlines())
    same = _compare(a, a)
    assert same.returncode == 0 and "no behaviour differs" in same.stdout


def test_compare_refuses_a_bad_file_with_one_clear_line(tmp_path):
    good = _results(tmp_path / "good.json", DEBIAN, {"pipe/a": "pass"})
    (tmp_path / "text.json").write_text("not json {")
    (tmp_path / "other.json").write_text(json.dumps({"name": "a package.json"}))
    (tmp_path / "verdictless.json").write_text(json.dumps({"box": {}, "probes": [{"id": "x"}]}))
    cases = {
        str(tmp_path / "missing.json"): "missing.json: no such file",
        str(tmp_path / "text.json"): "text.json: not JSON",
        str(tmp_path / "other.json"): "other.json: not an ipcprobe results file",
        str(tmp_path / "verdictless.json"): "verdictless.json: not an ipcprobe results file",
    }
    for bad, text in cases.items():
        for files in ((good, bad), (bad, good)):
            out = _compare(*files)
            assert out.returncode == 2, (files, out.stdout, out.stderr)
            assert out.stdout == ""
            assert len(out.stderr.splitlines()) == 1 and text in out.stderr, out.stderr
    usage = _compare(good)
    assert usage.returncode == 2 and "usage" in usage.stderr
