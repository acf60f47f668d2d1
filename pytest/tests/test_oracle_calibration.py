"""The blocked-state oracle learns what /proc shows for each call instead of assuming the
probes' own numbers (harness/oracle.h): what it learns natively, that probes use what the run
learned, and that a call it could not learn is an ERROR saying so, never a guess."""
import os
import subprocess
from pathlib import Path

import pytest

from ipcprobe import oracle

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
ISOLATE = str(BUILD / "ipcprobe-isolate")
PIPE_READ = str(BUILD / "probes/pipe/read_blocks_while_writer_open")


def run_probe(**env):
    full = {k: v for k, v in os.environ.items() if not k.startswith("IPCPROBE_ORACLE")}
    full.update(env)
    return subprocess.run([PIPE_READ], capture_output=True, text=True, timeout=30, env=full)


def test_natively_every_call_shows_the_probes_own_number():
    calls = oracle.calibrate(ISOLATE, "none", dict(os.environ))
    assert {"read", "write", "open", "msgrcv", "msgsnd", "semop", "sem_wait", "mq_receive",
            "pause", "sleep", "sigsuspend", "sigtimedwait"} <= set(calls)
    for name, (key, shown, why) in calls.items():
        assert shown == key, f"{name}: {key} shows as {shown} ({why})"
    assert oracle.facts(calls)["numbers"] == "the probes' own"


def test_a_probe_looks_for_the_number_the_run_learned():
    read = oracle.calibrate(ISOLATE, "none", dict(os.environ))["read"][0]
    # told that read() shows as another call, the oracle never sees the reader blocked
    wrong = run_probe(IPCPROBE_ORACLE=f"{read}=9999")
    assert wrong.returncode == 1 and "shown here as 9999" in wrong.stdout
    right = run_probe(IPCPROBE_ORACLE=f"{read}={read}")
    assert right.returncode == 0, right.stdout


def test_a_call_the_calibration_could_not_learn_is_an_error_that_says_so():
    read = oracle.calibrate(ISOLATE, "none", dict(os.environ))["read"][0]
    out = run_probe(IPCPROBE_ORACLE=f"{read}=?")
    assert out.returncode == 99 and "could not learn it" in out.stdout


def test_without_a_calibration_a_probe_run_alone_learns_its_call_itself():
    out = run_probe()
    assert out.returncode == 0, out.stdout


# Where /proc/<pid>/syscall is unreadable (User-Mode Linux) the witness is the kernel functions
# each call sleeps in (its stack's, or its wchan), learned the same way; IPCPROBE_ORACLE_WITNESS
# (honoured for these tests only) makes this box look like such a kernel ("stack", "wchan") or
# like one that shows neither ("none").
WRONG_CALL = str(BUILD / "fixture-probes/selftest/oracle_wrong_syscall")


def by_function(witness):
    env = {k: v for k, v in os.environ.items() if not k.startswith("IPCPROBE_ORACLE")}
    return oracle.calibrate(ISOLATE, "none", dict(env, IPCPROBE_ORACLE_WITNESS=witness))


# Calls that are one wait in the kernel may share a wchan (oracle_calibrate.c's kin).
ONE_WAIT_IN_THE_KERNEL = [{"sem_wait", "futex_wait", "futex_waitv", "futex_time64"}, {"epoll_wait", "epoll_pwait2"}]


@pytest.mark.parametrize("witness", ["stack", "wchan"])
def test_without_a_syscall_file_each_call_is_learned_by_kernel_functions_of_its_own(witness):
    calls = by_function(witness)
    shown = {name: s for name, (key, s, why) in calls.items()}
    assert all(s and s.startswith("@") for s in shown.values()), calls
    for where in set(shown.values()):
        sharing = {name for name, s in shown.items() if s == where}
        assert len(sharing) == 1 or any(sharing <= kin for kin in ONE_WAIT_IN_THE_KERNEL), \
            f"{sharing} share {where}: {shown}"


@pytest.mark.parametrize("witness", ["stack", "wchan"])
def test_by_kernel_functions_a_probe_passes_and_a_task_in_another_call_does_not_count(witness):
    calls = by_function(witness)
    read, read_where = calls["read"][0], calls["read"][1]
    assert run_probe(IPCPROBE_ORACLE_WITNESS=witness).returncode == 0  # run alone: learns it
    right = run_probe(IPCPROBE_ORACLE_WITNESS=witness, IPCPROBE_ORACLE=f"{read}={read_where}")
    assert right.returncode == 0, right.stdout
    # told that read() sleeps where pause() does, the oracle never sees the reader blocked;
    # a wchan (one function) cannot say the reader is elsewhere than in read(): no verdict
    wrong = run_probe(IPCPROBE_ORACLE_WITNESS=witness, IPCPROBE_ORACLE=f"{read}={calls['pause'][1]}")
    if witness == "stack":
        assert wrong.returncode == 1 and "sleeping here in" in wrong.stdout, wrong.stdout
    else:
        assert wrong.returncode == 99 and "cannot judge" in wrong.stdout, wrong.stdout
    env = dict(os.environ, IPCPROBE_ORACLE_WITNESS=witness, IPCPROBE_ORACLE=oracle.env_value(calls))
    alone = subprocess.run([WRONG_CALL], capture_output=True, text=True, timeout=30, env=env)
    assert alone.returncode == 0, alone.stdout  # a child in pause() is not one in read()


def test_with_neither_syscall_nor_wchan_the_verdict_is_an_error_naming_why():
    calls = by_function("none")
    assert all(s is None and "no wchan" in why for _, s, why in calls.values()), calls
    for env in ({}, {"IPCPROBE_ORACLE": oracle.env_value(calls)}):
        out = run_probe(IPCPROBE_ORACLE_WITNESS="none", **env)
        assert out.returncode == 99, out.stdout
        assert "shows no syscall in /proc/<pid>/syscall and no wchan" in out.stdout, out.stdout
