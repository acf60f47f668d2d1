"""make boxes (pytest/boxes.py): every results.json as one matrix, the differing rows first and
linked to docs/BOXES.md, the boxes' facts in the header, a chart of the counts; and the check
(pytest/boxes_check.py) that the rendered page adds up to the files."""
import json
import subprocess
import sys

import boxes
import boxes_check
from conftest import ROOT


def _results(path, box, verdicts):
    probes = [{"id": i, "mechanism": i.split("/")[0], "verdict": v,
               "message": "" if v == "pass" else "expected 1; observed 2"}
              for i, v in verdicts.items()]
    path.write_text(json.dumps({"box": box, "probes": probes, "counts": {}, "seed_audit": []}))
    return path


def _two_boxes(tmp_path):
    a = _results(tmp_path / "x86.json", {"kernel": "6.1.0", "libc": "glibc", "libc_version": "2.36",
                                         "architecture": "x86_64", "bits": 64},
                 {"pipe/a": "pass", "pipe/b": "pass", "shm/c": "pass"})
    b = _results(tmp_path / "arm.json", {"kernel": "6.12.0", "libc": "musl", "libc_version": "1.2",
                                         "architecture": "aarch64", "bits": 64,
                                         "runs_on": "qemu-aarch64 8.2"},
                 {"pipe/a": "pass", "pipe/b": "fail", "msg/d": "skip"})
    return [a, b]


def test_the_page_puts_the_differing_rows_first_with_the_boxes_facts(tmp_path):
    paths = _two_boxes(tmp_path)
    page = boxes.render(paths)
    problems, dom = boxes_check.check(page, paths)
    assert problems == [], problems
    assert [p for p, _ in dom.rows] == ["pipe/b", "msg/d", "shm/c", "pipe/a"]
    assert [d for _, d in dom.rows] == ["yes", "absent", "absent", "no"]
    assert "1 with verdicts that differ between the boxes" in page
    assert '<span data-fact="emulator">qemu-aarch64 8.2</span>' in page
    assert '<span data-fact="libc">musl 1.2</span>' in page
    assert 'data-verdict="fail" title="expected 1; observed 2">FAIL</td>' in page
    assert '<svg id="chart"' in page
    for outside in ("<script", "http://", "https://", "<link", "src="):
        assert outside not in page, outside


def test_the_check_sees_a_page_that_does_not_add_up(tmp_path):
    paths = _two_boxes(tmp_path)
    page = boxes.render(paths)
    lying = page.replace('data-verdict="fail" data-count="1"', 'data-verdict="fail" data-count="0"')
    problems, _ = boxes_check.check(lying, paths)
    assert any(p.startswith("chart:") for p in problems), problems
    problems, _ = boxes_check.check(page.replace('data-differs="yes"', 'data-differs="no"', 1),
                                    paths)
    assert any("differing rows" in p for p in problems), problems
    problems, _ = boxes_check.check(page.replace('data-differs="absent"', 'data-differs="yes"'),
                                    paths)
    assert any("differing rows" in p for p in problems), problems


def test_differing_rows_link_to_docs_boxes_md_when_it_explains_them(tmp_path, monkeypatch):
    paths = _two_boxes(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "BOXES.md").write_text(
        '# Boxes\n\n<a id="pipe/b"></a>\n## Why pipe/b fails on musl\n\n### shm/c\n')
    page = boxes.render(paths, root=tmp_path)
    assert '<a href="../docs/BOXES.md#pipe/b">pipe/b</a>' in page
    assert '<a href="../docs/BOXES.md#shmc">shm/c</a>' in page
    assert "msg/d</td>" in page                    # no explanation, no link
    assert "pipe/a</td>" in page                   # the same everywhere, no link


def test_bad_input_gets_one_clear_line(tmp_path):
    bad = tmp_path / "mutation.json"
    bad.write_text('{"mutants": {}}')
    proc = subprocess.run([sys.executable, str(ROOT / "pytest" / "boxes.py"), "--output",
                           str(tmp_path / "b.html"), str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "not an ipcprobe results file" in proc.stderr
