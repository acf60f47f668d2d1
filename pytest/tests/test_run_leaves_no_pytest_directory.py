"""A run leaves no directory of pytest's behind: pytest keeps one per session under
/tmp/pytest-of-<user> (xdist makes one for every parallel run); the runner gives the run one
of its own and removes it when the run ends."""
import getpass
import tempfile
from pathlib import Path

from conftest import FIXTURES


def pytest_sessions():
    base = Path(tempfile.gettempdir()) / f"pytest-of-{getpass.getuser()}"
    return set(base.iterdir()) if base.is_dir() else set()


def test_a_parallel_run_leaves_no_pytest_directory(ipcprobe):
    before = pytest_sessions()
    run = ipcprobe(*FIXTURES, "-n", "2", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "pass"
    assert pytest_sessions() == before
