"""make kernels proves itself: one registry kernel under qemu (bookworm's 6.1, fetched once
into the cache) and User-Mode Linux 6.1 boot, run a few probes and bring their results home,
saying what they ran on; a make kernels killed half-way leaves nothing behind."""
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import ROOT

# They compare the box's processes, mounts and links before and after, and boot guests.
pytestmark = pytest.mark.serial

CACHE = Path(os.environ.get("KERNEL_CACHE", "/var/tmp/ipcprobe-kernels"))
PROBES = ["pipe/read_blocks_while_writer_open", "signal/sigkill_cannot_be_caught_or_ignored",
          "msg/ipc_creat_excl_on_existing_key_fails_eexist",
          "socket/unix_stream_carries_multimegabyte_payload_intact"]


def can_boot():
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        return "make kernels needs Debian's apt-get and dpkg-deb"
    if os.geteuid() != 0 and not shutil.which("qemu-system-x86_64"):
        return "qemu-system-x86_64 is missing and only root may install it"
    return None


def leftovers():
    """What a make kernels could leave: guests, its session directories, mounts, links."""
    guests = []
    ours = os.readlink("/proc/self/ns/pid")  # not those of a run in another PID namespace
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            exe = os.readlink("/proc/%s/exe" % pid)
            if os.readlink("/proc/%s/ns/pid" % pid) != ours:
                continue
        except OSError:
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmdline = f.read().decode(errors="replace")
        except OSError:
            continue
        if str(CACHE) in exe or str(CACHE) in cmdline:  # qemu -kernel, linux.uml, watcher
            guests.append("%s %s" % (pid, cmdline.replace("\0", " ")[:200]))
    with open("/proc/self/mountinfo") as f:
        mounts = sorted(l.split()[4] for l in f)
    links = subprocess.run(["ip", "-o", "link"], stdout=subprocess.PIPE,
                           universal_newlines=True).stdout
    return {"guests": guests, "sessions": sorted(p.name for p in CACHE.glob("run.*")),
            "mounts": mounts, "links": sorted(l.split(":")[1] for l in links.splitlines()),
            "/tmp": sorted(n for n in os.listdir("/tmp") if "kernel" in n)}


def settled(before, bound_s=15):
    deadline = time.monotonic() + bound_s
    while True:
        now = leftovers()
        if now == before or time.monotonic() > deadline:
            return now
        time.sleep(0.2)


def make_kernels(tmp_path, kernels, choice, **popen):
    cmd = ["make", "--no-print-directory", "kernels", "KERNELS=" + kernels, choice,
           "KERNEL_REPORTS=%s" % (tmp_path / "kernels"), "TIME_SCALE=3"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            universal_newlines=True, env=env, **popen)


@pytest.mark.skipif(can_boot() is not None, reason=str(can_boot()))
def test_a_debian_kernel_and_uml_run_probes_and_say_what_they_ran_on(tmp_path):
    before = leftovers()
    proc = make_kernels(tmp_path, "6.1 uml-6.1", "CASE=" + " ".join(PROBES))
    output, _ = proc.communicate(timeout=900)
    assert proc.returncode == 0, output
    for name, runs_on in (("6.1", "qemu-system "), ("uml-6.1", "uml")):
        folder = tmp_path / "kernels" / name
        results = json.loads((folder / "results.json").read_text())
        box = results["box"]
        assert box["runs_on"].startswith(runs_on), box
        assert box["kernel"].startswith("6.1"), box
        assert box["kernel"] != os.uname().release
        assert {p["id"] for p in results["probes"]} == set(PROBES)
        assert (folder / "junit.xml").exists() and (folder / "report.html").exists()
        assert "%s: done: boot" % name in output, output
    qemu = json.loads((tmp_path / "kernels/6.1/results.json").read_text())
    verdicts = {p["id"]: p["verdict"] for p in qemu["probes"]}
    assert set(verdicts.values()) == {"pass"}, verdicts
    assert "runs on" in output and "uml" in output  # the comparison's row
    assert settled(before) == before


@pytest.mark.skipif(can_boot() is not None, reason=str(can_boot()))
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_make_kernels_stopped_half_way_leaves_nothing(tmp_path, how):
    """make killed while the guest runs (SIGKILL reaches make alone; SIGINT, as Ctrl-C
    does, the whole process group)."""
    before = leftovers()
    proc = make_kernels(tmp_path, "uml-6.1", "M=pipe", start_new_session=True)
    seen = []
    deadline = time.monotonic() + 300
    for line in proc.stdout:
        seen.append(line)
        if "up in" in line:  # the guest's runner is starting
            break
        assert time.monotonic() < deadline, seen
    assert list(CACHE.glob("run.*/*/guest.pgid")), seen
    if how == "SIGINT":
        os.killpg(proc.pid, signal.SIGINT)
    else:
        os.kill(proc.pid, getattr(signal, how))
    rest, _ = proc.communicate(timeout=60)  # EOF: kernels.py and every guest are gone
    assert settled(before, bound_s=30) == before, "".join(seen) + rest
