"""The portable bundle (make bundle): unpacked in a temporary folder, ./ipcprobe-run runs a few
probes with the pytest it carries and writes results.json there, and nowhere else.
Building the bundle takes more than a minute, so these tests use the newest archive in
reports/ (or $IPCPROBE_BUNDLE) and skip when there is none."""
import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ["pipe/read_blocks_while_writer_open", "key/ftok_same_inputs_give_same_key"]


def _archive():
    given = os.environ.get("IPCPROBE_BUNDLE")
    if given:
        return Path(given)
    found = sorted((ROOT / "reports").glob("ipcprobe-*.tar.*"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    archive = _archive()
    if archive is None or not archive.is_file():
        pytest.skip("no bundle in reports/ (make bundle builds one; it takes over a minute)")
    where = tmp_path_factory.mktemp("bundle")
    with tarfile.open(archive) as tar:
        tar.extractall(where)
    (folder,) = where.iterdir()
    return folder


def run(folder, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "PYTHON"))}
    env["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin"
    return subprocess.run(["./ipcprobe-run", *args], cwd=folder, env=env, timeout=300,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_runs_probes_and_writes_results_in_the_folder(bundle):
    before = {p for p in bundle.rglob("*")}
    args = [a for c in CASES for a in ("--case", c)]
    out = run(bundle, *args, "-n", "0")
    assert out.returncode == 0, out.stdout
    assert "ipcprobe summary" in out.stdout
    data = json.loads((bundle / "reports" / "results.json").read_text())
    assert sorted(p["id"] for p in data["probes"]) == sorted(CASES)
    assert {p["verdict"] for p in data["probes"]} <= {"pass", "skip"}
    assert data["box"]["link"] == "static"
    assert data["box"]["host_libc"] not in ("", "unknown")
    assert "static, in the probes" in out.stdout
    new = {str(p.relative_to(bundle)) for p in set(bundle.rglob("*")) - before}
    # (the runner keeps its metadata cache and the last durations beside the probes)
    outside = {p for p in new if not p.startswith("reports/")} - {"build/.list-cache.json",
                                                                  "build/.durations.json"}
    assert not outside, f"written outside reports/: {outside}"


def test_help_explains_and_unknown_case_is_refused(bundle):
    out = run(bundle, "--help")
    assert out.returncode == 0 and "usage: ./ipcprobe-run" in out.stdout
    out = run(bundle, "--case", "pipe/no_such_probe")
    assert out.returncode != 0 and "unknown case" in out.stdout


def test_probes_are_static_and_carry_no_bytecode(bundle):
    for binary in [bundle / "build" / "ipcprobe-isolate", *(bundle / "build" / "probes").glob("*/*")]:
        with open(binary, "rb") as f:
            head = f.read(4096)
        assert head[:4] == b"\x7fELF"
        assert b"/lib64/ld-linux" not in head, f"{binary} is dynamically linked"
    assert not list(bundle.rglob("__pycache__"))
