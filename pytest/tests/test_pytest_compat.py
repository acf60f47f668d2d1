"""The runner works with every pytest from 6.0 on, with or without pytest-xdist, and tells an
older Python or pytest plainly what it needs (tools/distro-check.sh runs this file with the
pytest of each Debian release; test_oldest_pytest.py with Debian 11's 6.0.2)."""
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from ipcprobe import compat


def test_versions_are_read_as_numbers():
    assert compat.version_tuple("6.0.2") == (6, 0, 2)
    assert compat.version_tuple("9.0.dev3+g1234") == (9, 0)
    assert compat.version_tuple("10.1") > compat.version_tuple("9.9.9")
    assert compat.version_tuple("unknown") == (0,)


def test_an_older_python_or_pytest_is_told_what_is_needed():
    needs = "ipcprobe needs Python 3.7 or later and pytest 6.0 or later"
    assert compat.refusal((3, 6, 15), "6.0.2").startswith(needs + "; this is Python 3.6.15")
    assert compat.refusal((3, 9, 2), "5.4.3") == needs + "; this is pytest 5.4.3"
    assert compat.refusal((3, 7, 0), "6.0.0") is None
    assert compat.refusal((3, 13, 1), "9.0.1") is None


def test_this_pytest_is_a_supported_one():
    assert compat.pytest_version() >= compat.NEEDS_PYTEST, pytest.__version__


def test_without_xdist_n_is_accepted_and_the_run_is_serial_saying_so_once(ipcprobe):
    run = ipcprobe(*FIXTURES, "-p", "no:xdist", "-n", "auto", "--case=selftest/passes",
                   "--case=selftest/fails")
    assert run.results, run.output
    notes = [l for l in run.output.splitlines() if "pytest-xdist is not available" in l]
    assert len(notes) == 1 and "run one at a time (-n auto ignored" in notes[0], run.output
    assert run.probe("selftest/passes")["verdict"] == "pass"
    assert run.probe("selftest/fails")["verdict"] == "fail"
    assert run.returncode == 1
    serial = ipcprobe(*FIXTURES, "-p", "no:xdist", "-n", "0", "--case=selftest/passes")
    assert serial.returncode == 0 and "pytest-xdist" not in serial.output, serial.output


def test_with_xdist_the_probes_run_in_workers_without_a_note(ipcprobe):
    pytest.importorskip("xdist", reason="pytest-xdist is not installed (make deps installs it)")
    run = ipcprobe(*FIXTURES, "-n", "2", "--case=selftest/passes", "--case=selftest/skips")
    assert run.returncode == 0, run.output
    assert "pytest-xdist is not available" not in run.output
    assert run.probe("selftest/skips")["message"] == "the box lacks a frobnicator"


def test_pytest_older_than_6_stops_at_the_conftest_with_one_plain_message(tmp_path):
    # No pytest 5 can be installed next to this one: the same pytest, saying it is 5.4.3.
    code = ("import sys, pytest; pytest.__version__ = '5.4.3'; "
            "sys.exit(pytest.main(['-p', 'no:cacheprovider', '--collect-only', 'cases']))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 4, proc.stdout + proc.stderr
    assert proc.stderr.startswith("ipcprobe needs Python 3.7 or later and pytest 6.0 or later; "
                                  "this is pytest 5.4.3\n"), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
