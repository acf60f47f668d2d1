"""make lesson (pytest/lesson.py): a topic's behaviours on this box and under the mutants
that break them, each with its claim, the real FAIL message, the probe's lines that caught
it, the man page section and the tutorial's words; the topics; HTML; Chinese."""
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

LESSON = [sys.executable, str(ROOT / "pytest" / "lesson.py"), "--build-dir=build"]
PROBE = "pipe/bytes_written_to_fd1_come_out_of_fd0_in_order"


def lesson(*args, env=None):
    proc = subprocess.run(LESSON + list(args), cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, **(env or {})))
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(autouse=True)
def built():
    if not (ROOT / "build" / "probes" / PROBE).exists() or \
            not (ROOT / "build" / "mutants" / "pipe_read_reverses_bytes.so").exists():
        pytest.skip("probes or mutants not built (make build mutants)")


def test_a_lesson_shows_the_healthy_and_the_broken_box_with_the_lines_that_caught_it():
    rc, out, err = lesson("--topic", PROBE)
    assert rc == 0, err
    assert "Claim: Bytes written to fd[1] come out of fd[0] in the order they were written" in out
    assert "Healthy box: PASS" in out
    assert "mutant pipe_read_reverses_bytes" in out
    assert 'FAIL: expected "abcdefghi"; observed "ihgfedcba" [at' in out
    where = re.search(r"Caught at: (cases/pipe/\S+\.c):(\d+)", out)
    line = (ROOT / where.group(1)).read_text().splitlines()[int(where.group(2)) - 1]
    assert ">%5d | %s" % (int(where.group(2)), line) in out
    assert "Tutorial: §3.1.1 「管道文件是一个特殊的文件，是由队列来实现的。」" in out
    assert 'man 7 pipe, "DESCRIPTION"' in out or "Man page: pipe(7)" in out
    assert "1 of 1 behaviour(s) shown failing" in out
    assert "\033[" not in out            # no colours when the output is no terminal


def test_the_lesson_in_chinese_and_in_html(tmp_path):
    rc, out, err = lesson("--topic", PROBE, env={"IPCPROBE_LANG": "zh"})
    assert rc == 0, err
    assert "健康的系统：PASS" in out and "中文：写入 fd[1] 的字节按写入的顺序从 fd[0] 读出。" in out
    assert 'FAIL：expected "abcdefghi"' in out      # the probe's own words stay English
    rc, out, err = lesson("--topic", PROBE, "--format=html", "--output-dir", str(tmp_path))
    assert rc == 0, err
    page = (tmp_path / ("lesson-%s.html" % PROBE.replace("/", "-"))).read_text()
    assert 'data-probe="%s" data-shown-failing="yes"' % PROBE in page
    assert "observed &quot;ihgfedcba&quot;" in page
    for outside in ("<script", "http://", "https://", "<link", "src="):
        assert outside not in page, outside


def test_without_a_topic_the_topics_are_listed_and_a_bad_one_is_refused():
    rc, out, _ = lesson()
    assert rc == 0
    pipes = len(list((ROOT / "cases" / "pipe").glob("*.c")))
    assert re.search(r"^  pipe +%d +\d+$" % pipes, out, re.M), out
    assert "SEED-12 (4)" in out or re.search(r"SEED-12 \(\d+\)", out)
    rc, out, err = lesson("--topic", "nosuch")
    assert rc == 2 and "'nosuch' is no mechanism, probe id or seed claim" in err


def test_lang_on_makes_command_line_is_the_lessons_language_not_the_recipes_locale():
    probe = 'envcheck: ; @echo "[$${LANG-unset}] [$(LESSON_LANG)]"'
    for env_lang, want in (("C.UTF-8", "[C.UTF-8] [zh]"), (None, "[unset] [zh]")):
        env = {k: v for k, v in os.environ.items() if k not in ("LANG", "MAKEFLAGS", "MFLAGS")}
        if env_lang:
            env["LANG"] = env_lang
        out = subprocess.run(["make", "-s", "--no-print-directory", "--eval", probe, "envcheck",
                              "LANG=zh"], cwd=ROOT, capture_output=True, text=True, env=env)
        assert out.stdout.strip() == want, out.stdout + out.stderr
