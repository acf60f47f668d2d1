"""make arches without root (tools/arches-userns.sh): in a user namespace with a binfmt_misc of its
own (Linux 6.7), the emulated launcher and the probe and helper it execs run under the emulator,
as the calling user and with no capability; the entry exists inside the run only, and nothing of
the run outlives it, also when its parent is killed with SIGKILL. Needs an aarch64 build and
bookworm's emulator (make arches ARCHES=aarch64 QEMUS=bookworm makes both)."""
import os
import select
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from conftest import ROOT

BUILD = ROOT / "build-aarch64"
ISOLATE = str(BUILD / "ipcprobe-isolate")
EMULATOR = Path(os.environ.get("IPCPROBE_CACHE", "/var/tmp"),
                "ipcprobe-qemu-bookworm/usr/bin/qemu-aarch64-static")
# The launcher's exec of this probe and the probe's exec of its helper both need binfmt_misc.
PROBE = "pipe/plain_pipe_ends_survive_exec"
ENTRY = Path("/proc/sys/fs/binfmt_misc/ipcprobe-aarch64")  # its name inside the run
# As root the runs are nobody's, as in test_unprivileged.py; otherwise the caller's own.
AS_USER = (["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
           if os.geteuid() == 0 else [])
UID = 65534 if os.geteuid() == 0 else os.geteuid()


def unavailable():
    if not hasattr(os, "pidfd_open"):
        return "needs Python 3.9's os.pidfd_open"
    for path in (BUILD / "probes" / PROBE, BUILD / "helpers/pipe_fds_closed", EMULATOR):
        if not path.exists():
            return f"{path} is missing (make arches ARCHES=aarch64 QEMUS=bookworm)"
    check = subprocess.run(AS_USER + ["sh", "tools/arches-userns.sh", "--check"], cwd=ROOT,
                           capture_output=True, text=True, timeout=30)
    if check.returncode:
        return check.stderr.strip() or "tools/arches-userns.sh --check failed"
    return None


WHY = unavailable()
pytestmark = pytest.mark.skipif(WHY is not None, reason=str(WHY))


def in_a_run(*command):
    registration = subprocess.run(["bash", "tools/arches.sh", "--registration", "aarch64",
                                   str(EMULATOR)], cwd=ROOT, capture_output=True, text=True,
                                  timeout=30, check=True).stdout.strip()
    return AS_USER + ["sh", "tools/arches-userns.sh", registration, "--", *command]


def run(*command):
    return subprocess.run(in_a_run(*command), cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def capabilities(status):
    return {k: int(v, 16) for k, v in (l.split(":\t") for l in status.splitlines()
                                       if l.startswith(("CapInh", "CapPrm", "CapEff", "CapAmb")))}


def mounts():
    with open("/proc/self/mountinfo") as f:
        return sorted(l.split(" - ")[1] + " " + l.split()[4] for l in f)


def read_lines(proc, n, bound_s=60):
    """The first n lines `proc` writes, within the bound."""
    data, deadline = b"", time.monotonic() + bound_s
    while data.count(b"\n") < n:
        ready, _, _ = select.select([proc.stdout], [], [], max(0, deadline - time.monotonic()))
        assert ready, f"not {n} lines within {bound_s} s: {data!r}"
        chunk = os.read(proc.stdout.fileno(), 4096)
        assert chunk, f"it ended before {n} lines: {data!r}"
        data += chunk
    return data.decode().splitlines()


def argv(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().decode(errors="replace").split("\0")
    except OSError:
        return []


def status(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(l.split(":", 1)[1].split() for l in f if l.startswith(field + ":"))
    except (OSError, StopIteration):
        return []


def the_run(marker):
    """The processes of the run that holds `marker`: all of its PID namespace, and unshare,
    the parent of its first process."""
    holder = [p for p in filter(str.isdigit, os.listdir("/proc")) if marker in argv(p)]
    assert len(holder) == 1, holder
    run_ns = os.readlink(f"/proc/{holder[0]}/ns/pid")
    assert run_ns != os.readlink("/proc/self/ns/pid"), "the run has no PID namespace of its own"
    inside = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.readlink(f"/proc/{pid}/ns/pid") == run_ns:
                inside.append(pid)
        except OSError:
            pass
    first = next(p for p in inside if status(p, "NSpid")[-1:] == ["1"])
    return inside + status(first, "PPid")


def test_the_launcher_the_probe_and_its_helper_run_under_the_emulator_as_the_caller():
    done = run(ISOLATE, "--isolation=ns", str(BUILD / "probes" / PROBE))
    assert done.returncode == 0 and done.stdout.startswith(f"PASS {PROBE}"), \
        done.stdout + done.stderr
    done = run(ISOLATE, "--isolation=ns", shutil.which("id"), "-u")
    assert done.stdout.strip() == str(UID), done.stdout + done.stderr


def test_the_launcher_is_given_capabilities_and_hands_none_to_the_probe():
    given = capabilities(run("cat", "/proc/self/status").stdout)
    assert given["CapEff"] and given["CapAmb"], given  # what lets the launcher make namespaces
    handed = run(ISOLATE, "--isolation=ns", shutil.which("cat"), "/proc/self/status")
    assert capabilities(handed.stdout) == dict.fromkeys(given, 0), handed.stdout + handed.stderr


@pytest.mark.parametrize("end", ["the command ends", "its parent is killed"])
def test_the_entry_is_the_runs_alone_and_nothing_outlives_the_run(end):
    before = mounts()
    marker = "ipcprobe-test-" + uuid.uuid4().hex
    # Inside: the entry's state, a process left running (it says when it is), wait for the test.
    left = "import signal; print('started', flush=True); signal.pause()"
    inner = f'head -1 {ENTRY}; {sys.executable} -c "{left}" {marker} & read _'
    # Its parent, to be killed: a shell that waits for it (and gives it its stdin, which a
    # background job would not have).
    parent = subprocess.Popen(["sh", "-c", 'exec 3<&0; "$@" <&3 & wait', "sh",
                               *in_a_run("sh", "-c", inner)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    pidfds = []
    try:
        assert read_lines(parent, 2) == ["enabled", "started"]
        assert not ENTRY.exists() and mounts() == before  # the host has neither
        pidfds = [os.pidfd_open(int(p)) for p in the_run(marker)]
        if end == "the command ends":
            parent.stdin.close()
            assert parent.wait(timeout=60) == 0
        else:
            os.kill(parent.pid, signal.SIGKILL)
            parent.wait(timeout=60)
        poller = select.poll()
        for fd in pidfds:
            poller.register(fd, select.POLLIN)
        alive = len(pidfds)
        while alive:  # a pidfd turns readable when its process has ended
            events = poller.poll(30_000)
            assert events, f"{alive} processes of the run alive 30 s after {end}"
            for fd, _ in events:
                poller.unregister(fd)
                alive -= 1
        assert not any(marker in argv(p) for p in os.listdir("/proc"))
        assert not ENTRY.exists() and mounts() == before
    finally:  # a run that failed the test is ended all the same
        if parent.poll() is None:
            parent.kill()
        parent.wait()
        for fd in pidfds:
            try:
                signal.pidfd_send_signal(fd, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.close(fd)
