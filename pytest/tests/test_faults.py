"""The suite survives faults: a runner killed half-way, two runs at once, no isolation,
low IPC limits. Afterwards nothing of ours is left on the box."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT

# These compare the whole box's state before and after: nothing else may run meanwhile.
pytestmark = pytest.mark.serial


def box_state():
    """What a run could leave behind: IPC objects, named objects, temporary files, mounts,
    network namespaces, and processes of ours."""
    state = {}
    for kind in ("shm", "msg", "sem"):
        with open(f"/proc/sysvipc/{kind}") as f:
            state[kind] = sorted(l.split()[1] for l in list(f)[1:])
    for d in ("/dev/shm", "/dev/mqueue", "/tmp"):
        try:
            state[d] = sorted(n for n in os.listdir(d) if "ipcprobe" in n or d != "/tmp")
        except OSError:
            state[d] = None
    with open("/proc/self/mountinfo") as f:
        state["mounts"] = sorted(l.split()[4] for l in f)
    state["netns"] = sorted(os.listdir("/run/netns")) if os.path.isdir("/run/netns") else []
    state["processes"] = our_processes()
    return state


def our_processes():
    build = str(ROOT / "build")
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            exe = os.readlink(f"/proc/{pid}/exe")
        except OSError:
            continue
        if exe.startswith(build):
            found.append(f"{pid} {exe}")
    return found


def settled(before, bound_s=10):
    """The box state, once probes' processes are gone (teardown is asynchronous)."""
    deadline = time.monotonic() + bound_s
    while True:
        now = box_state()
        if not now["processes"] or time.monotonic() > deadline:
            return now
        time.sleep(0.05)


def start_run(*args):
    return subprocess.Popen([sys.executable, "-m", "pytest", "cases", "-p", "no:cacheprovider",
                             "--no-reports", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)


def wait_for_progress(proc, results=20, bound_s=60):
    """Read pytest's progress characters until `results` probes have finished."""
    seen, deadline = 0, time.monotonic() + bound_s
    while seen < results and time.monotonic() < deadline:
        c = proc.stdout.read(1)
        if not c:
            break
        seen += c in b".sFEx"
    return seen


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_a_runner_killed_half_way_leaves_nothing_behind(sig):
    before = box_state()
    proc = start_run("-p", "no:xdist")
    assert wait_for_progress(proc) >= 20, "the run made no progress"
    os.killpg(proc.pid, sig) if sig == signal.SIGINT else proc.send_signal(sig)
    proc.communicate(timeout=30)
    after = settled(before)
    assert after == before


def test_two_runs_at_the_same_time_agree(ipcprobe, tmp_path):
    runs = [subprocess.Popen([sys.executable, "-m", "pytest", "cases", "-q", "-p", "no:cacheprovider",
                              f"--reports-dir={tmp_path}/{n}"], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for n in ("a", "b")]
    for r in runs:
        r.wait(timeout=600)
    import json
    verdicts = [{p["id"]: p["verdict"] for p in json.loads(
        (tmp_path / n / "results.json").read_text())["probes"]} for n in ("a", "b")]
    assert verdicts[0] == verdicts[1]
    assert set(verdicts[0].values()) <= {"pass", "skip"}


def test_without_isolation_the_verdicts_are_the_same(ipcprobe):
    isolated = ipcprobe("cases", "-n", "2")
    host = ipcprobe("cases", "--isolation=none", "-n", "2")
    assert host.results["box"]["isolation"] == "none"
    a = {p["id"]: (p["verdict"], p["message"]) for p in isolated.results["probes"]}
    b = {p["id"]: (p["verdict"], p["message"]) for p in host.results["probes"]}
    differ = {k: (a[k], b.get(k)) for k in a if a[k][0] != b.get(k, (None,))[0]}
    assert not differ


@pytest.mark.skipif(os.geteuid() != 0, reason="setting IPC limits in a namespace needs root")
def test_under_tiny_ipc_limits_probes_skip_or_fail_clearly_and_never_hang(ipcprobe):
    run = ipcprobe("cases", "-n", "2", "-m", "key or shm or msg or sem or psem",
                   "--ipc-sysctl=kernel/msgmni=0", "--ipc-sysctl=kernel/shmmni=0",
                   "--ipc-sysctl=kernel/sem=250 32000 32 0",
                   "--ipc-sysctl=fs/mqueue/queues_max=0")
    assert run.results, run.output[-2000:]
    for p in run.results["probes"]:
        assert not p["message"].startswith("timeout:"), p
        assert p["verdict"] in ("pass", "skip", "fail"), p
        if p["verdict"] != "pass":
            assert p["message"].strip(), p
