"""Bad input gets one clear error: unknown case, nothing selected, missing build, a preload
library the probes could not load (which would leave them running without it)."""
import os
import subprocess

import pytest

from conftest import FIXTURES, ROOT
from ipcprobe import run as runner

ISOLATE = str(ROOT / "build" / "ipcprobe-isolate")
PASSES = str(ROOT / "build" / "fixture-probes" / "selftest" / "passes")


def test_unknown_case_name_is_a_usage_error_with_suggestions(ipcprobe):
    run = ipcprobe(*FIXTURES, "--case=selftest/pases")
    assert run.returncode == 4
    assert "unknown case 'selftest/pases'" in run.output
    assert "selftest/passes" in run.output  # the suggestion


def test_a_k_expression_matching_nothing_says_so(ipcprobe):
    run = ipcprobe(*FIXTURES, "-k", "no_such_behaviour")
    assert run.returncode == 5
    assert "no probe matched -k 'no_such_behaviour'" in run.output


def test_a_missing_build_is_an_error_naming_the_fix(ipcprobe, tmp_path):
    run = ipcprobe("--cases-dir=fixtures/probes", f"--probes-dir={tmp_path}/nothing",
                   "fixtures/probes", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "error"
    assert "not built" in run.probe("selftest/passes")["message"]
    assert "make build" in run.probe("selftest/passes")["message"]


def test_markers_select_by_mechanism(ipcprobe):
    run = ipcprobe(*FIXTURES, "-m", "selftest and not needs_root", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "pass"


def test_a_probe_that_is_not_executable_is_an_error_saying_so(ipcprobe, tmp_path):
    probes = tmp_path / "probes" / "selftest"
    probes.mkdir(parents=True)
    (probes / "passes").write_text("not a program")
    run = ipcprobe("--cases-dir=fixtures/probes", f"--probes-dir={tmp_path}/probes",
                   "fixtures/probes", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "error"
    assert "not executable" in run.probe("selftest/passes")["message"]


def test_a_preload_that_does_not_exist_stops_the_run_before_any_probe(ipcprobe, tmp_path):
    run = ipcprobe(*FIXTURES, "--case=selftest/passes", f"--probe-preload={tmp_path}/absent.so")
    assert run.returncode == 4
    assert f"--probe-preload {tmp_path}/absent.so does not exist" in run.output
    assert "the probes would run without it" in run.output
    assert run.results is None  # no probe ran


def test_a_preload_that_is_no_library_stops_the_run(ipcprobe, tmp_path):
    (tmp_path / "notes.so").write_text("not a library")
    run = ipcprobe(*FIXTURES, "--case=selftest/passes", f"--probe-preload={tmp_path}/notes.so")
    assert run.returncode == 4
    assert "notes.so is not a shared library (no ELF header)" in run.output


def launch(*args):
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    return subprocess.run([ISOLATE, *args, PASSES], capture_output=True, text=True, timeout=30,
                          env=env)


@pytest.mark.parametrize("isolation", ["auto", "none"])
def test_the_launcher_refuses_a_preload_it_cannot_load(tmp_path, isolation):
    (tmp_path / "notes.so").write_text("not a library")
    for lib, why in [(tmp_path / "absent.so", "No such file or directory"),
                     (tmp_path, "not a regular file"),
                     (tmp_path / "notes.so", "not a shared library (no ELF header)")]:
        out = launch(f"--isolation={isolation}", f"--preload={lib}")
        assert out.returncode == 125, (lib, out.stdout, out.stderr)
        assert f"ipcprobe-isolate: --preload={lib}: {why}" in out.stderr
        assert out.stdout == ""  # the probe did not run


def test_the_runner_reports_a_preload_the_launcher_refused_as_an_error_naming_it(tmp_path):
    isolation = subprocess.run([ISOLATE, "--which"], capture_output=True, text=True,
                               timeout=30).stdout.strip()
    out = runner.run_probe(PASSES, "selftest/passes", isolate=ISOLATE, isolation=isolation,
                           bound_s=10, preload=str(tmp_path / "gone.so"))
    assert out.verdict == "error"
    assert f"--preload={tmp_path}/gone.so: No such file or directory" in out.message


def test_a_library_the_launcher_accepts_reaches_the_probe(tmp_path):
    (tmp_path / "hello.c").write_text(
        '#include <unistd.h>\n'
        '__attribute__((constructor)) static void hello(void) { write(2, "preloaded\\n", 10); }\n')
    subprocess.run([os.environ.get("CC", "cc"), "-shared", "-fPIC", str(tmp_path / "hello.c"),
                    "-o", str(tmp_path / "hello.so")], check=True, timeout=60)
    out = launch(f"--preload={tmp_path}/hello.so")
    assert out.returncode == 0, out.stderr
    assert out.stdout == "PASS selftest/passes\n"
    assert "preloaded" in out.stderr
