"""Helpers for the runner's own tests: run ipcprobe's pytest in a subprocess and read
what it wrote."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Run:
    def __init__(self, proc, reports):
        self.returncode = proc.returncode
        self.output = proc.stdout + proc.stderr
        path = reports / "results.json"
        self.results = json.loads(path.read_text()) if path.exists() else None

    def probe(self, probe_id):
        return next(p for p in self.results["probes"] if p["id"] == probe_id)


@pytest.fixture
def ipcprobe(tmp_path):
    """ipcprobe(args...) runs `pytest <args>` from the repository root, reports in tmp_path."""
    def run(*args, user=None, timeout=300, reports=None):
        reports = Path(reports or tmp_path / "reports")
        cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
               f"--reports-dir={reports}", *args]
        if user is not None:
            cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + cmd
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env=env)
        return Run(proc, reports)
    return run


FIXTURES = ["--cases-dir=fixtures/probes", "--probes-dir=build/fixture-probes", "fixtures/probes"]
