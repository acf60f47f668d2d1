"""The processes of one probe run: find them, describe them, kill them all."""
import os
import signal
import time


def _stat_fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        data = f.read()
    comm = data[data.index("(") + 1:data.rindex(")")]
    rest = data[data.rindex(")") + 2:].split()
    return comm, rest  # rest[0] = state, rest[3] = session id


def in_session(sid):
    """Pids (host view) of every process whose session id is `sid`."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            _, rest = _stat_fields(int(name))
        except (OSError, ValueError):
            continue
        if int(rest[3]) == sid:
            pids.append(int(name))
    return sorted(pids)


def living_in_session(sid):
    """As in_session, without zombies (already dead; their new parent reaps them)."""
    return [p for p in in_session(sid) if _state(p) not in ("Z", None)]


def describe(pid):
    """One line: pid, command, state, the kernel function it sleeps in, its syscall."""
    try:
        comm, rest = _stat_fields(pid)
    except (OSError, ValueError):
        return f"pid {pid} (gone)"
    parts = [f"pid {pid} ({comm}) state {rest[0]}"]
    for what, path in (("wchan", f"/proc/{pid}/wchan"), ("syscall", f"/proc/{pid}/syscall")):
        try:
            with open(path) as f:
                value = f.read().split()
            if value and value[0] != "0" or (what == "syscall" and value):
                parts.append(f"{what} {value[0]}")
        except OSError:
            pass
    return ", ".join(parts)


def kill_session(sid, leader, bound_s=5.0):
    """SIGKILL the leader (the isolation launcher: its namespace dies with it) and every
    process left in the session, until none remains or the bound passes."""
    deadline = time.monotonic() + bound_s
    while True:
        pids = set(in_session(sid))
        if leader is not None:
            pids.add(leader)
        alive = []
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                alive.append(pid)
            except ProcessLookupError:
                pass
        if leader is not None:
            try:
                os.waitpid(leader, os.WNOHANG)
            except ChildProcessError:
                pass
            leader = None
        remaining = living_in_session(sid)
        if not remaining or time.monotonic() > deadline:
            return remaining
        time.sleep(0.005)  # the kernel tears processes down asynchronously


def _state(pid):
    try:
        return _stat_fields(pid)[1][0]
    except (OSError, ValueError):
        return None
