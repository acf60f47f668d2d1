"""The runner gives each kind of misbehaving probe the right verdict and a clear message
(the probes are in fixtures/probes/selftest)."""
import os

import pytest

from conftest import FIXTURES

EXPECTED = {
    "selftest/passes": ("pass", ""),
    "selftest/fails": ("fail", "one: expected 2; observed 1"),
    "selftest/skips": ("skip", "the box lacks a frobnicator"),
    "selftest/crashes": ("error", "crashed: Received signal 11"),
    "selftest/dies_by_signal": ("error", "killed by SIGABRT"),
    "selftest/hangs": ("error", "timeout: no verdict within"),
    "selftest/prints_garbage": ("error", "no valid verdict line"),
    "selftest/prints_nothing": ("error", "printed no verdict"),
    "selftest/oracle_wrong_syscall": ("pass", ""),
    "selftest/exits_early": ("error", "exited 0 before the end of the body"),
}


@pytest.mark.parametrize("isolation", ["auto", "none"])
def test_each_misbehaviour_gets_its_verdict(ipcprobe, isolation):
    run = ipcprobe(*FIXTURES, f"--isolation={isolation}")
    assert run.results, run.output
    for probe_id, (verdict, text) in EXPECTED.items():
        got = run.probe(probe_id)
        assert got["verdict"] == verdict, (probe_id, got)
        assert text in got["message"], (probe_id, got["message"])
    assert run.returncode == 1


# Alone: they look for the probe's processes among all the box's, where a parallel test's
# run of the same fixture would count.
@pytest.mark.serial
def test_a_hanging_probe_is_killed_with_its_children_and_their_states_shown(ipcprobe):
    run = ipcprobe(*FIXTURES, "--case=selftest/hangs", "--isolation=none")
    message = run.probe("selftest/hangs")["message"]
    assert "anon_pipe_read" in message or "pipe_read" in message, message
    assert not _processes_named("hangs"), "a process of the hanging probe survived"
    tmp = os.environ.get("TMPDIR") or "/tmp"
    assert not [n for n in os.listdir(tmp) if n.startswith("ipcprobe.hangs.")], \
        "the killed probe's private directory was left behind"


def test_host_mode_reports_a_leak_and_removes_it(ipcprobe):
    run = ipcprobe(*FIXTURES, "--case=selftest/leaks_sysv", "--isolation=none")
    message = run.probe("selftest/leaks_sysv")["message"]
    assert "leaked in the host namespace: System V message queue" in message
    ident = message.split("message queue id ")[1].split()[0]
    assert not _queue_exists(int(ident)), "the leaked queue is still there"


def test_namespace_mode_contains_a_leak(ipcprobe):
    run = ipcprobe(*FIXTURES, "--case=selftest/leaks_sysv", "--isolation=auto")
    probe = run.probe("selftest/leaks_sysv")
    if probe["isolation"] == "none":
        pytest.skip("no namespace isolation on this box")
    assert probe["verdict"] == "pass"


@pytest.mark.serial
def test_a_child_escaping_its_process_group_is_reported_and_killed(ipcprobe):
    run = ipcprobe(*FIXTURES, "--case=selftest/escapes_group", "--isolation=none")
    assert "left processes behind" in run.probe("selftest/escapes_group")["message"]
    assert not _processes_named("escapes_group")


def _processes_named(comm):
    import os
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        state = stat[stat.rindex(")") + 2]
        if name == comm and state != "Z":
            found.append(int(pid))
    return found


def _queue_exists(ident):
    with open("/proc/sysvipc/msg") as f:
        return any(line.split()[1] == str(ident) for line in list(f)[1:])
