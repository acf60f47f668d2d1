"""What a probe run in the host's namespaces may leave behind, and the lock that keeps
such runs one at a time (so that what appears during a run belongs to that run)."""
import contextlib
import ctypes
import ctypes.util
import fcntl
import os
import shutil

SYSVIPC = {"shm": "shared memory segment", "msg": "message queue", "sem": "semaphore set"}
NAMED_DIRS = ("/dev/shm", "/dev/mqueue")
# A probe's private directory (harness/cleanup.c): $TMPDIR or /tmp, ipcprobe.<name>.XXXXXX.
# The probe removes it itself, unless it was killed.
TMP = os.environ.get("TMPDIR") or "/tmp"


def snapshot():
    """Every System V object (kind, id, key) and every entry of /dev/shm and /dev/mqueue."""
    seen = set()
    for kind in SYSVIPC:
        try:
            with open(f"/proc/sysvipc/{kind}") as f:
                header = next(f).split()
                for line in f:
                    fields = dict(zip(header, line.split()))
                    ident = int(fields.get("shmid") or fields.get("msqid") or fields.get("semid"))
                    seen.add((kind, ident, int(fields["key"]), int(fields["cuid"])))
        except (OSError, StopIteration):
            pass
    for directory in NAMED_DIRS:
        try:
            for name in os.listdir(directory):
                seen.add((directory, name, None, os.lstat(f"{directory}/{name}").st_uid))
        except OSError:
            pass
    try:
        for name in os.listdir(TMP):
            if name.startswith("ipcprobe.") and os.path.isdir(f"{TMP}/{name}"):
                seen.add((TMP, name, None, os.lstat(f"{TMP}/{name}").st_uid))
    except OSError:
        pass
    return seen


def describe(new):
    out = []
    for kind, ident, key, _ in sorted(new, key=str):
        if kind in SYSVIPC:
            out.append(f"System V {SYSVIPC[kind]} id {ident} key 0x{key & 0xffffffff:08x}")
        else:
            out.append(f"{kind}/{ident}")
    return "; ".join(out)


def remove(new):
    """Remove what a run leaked, if this user created it (never anybody else's object)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    ipc_rmid = 0
    for kind, ident, key, owner in new:
        if owner != os.getuid():
            continue
        if kind == "shm":
            libc.shmctl(ident, ipc_rmid, None)
        elif kind == "msg":
            libc.msgctl(ident, ipc_rmid, None)
        elif kind == "sem":
            libc.semctl(ident, 0, ipc_rmid)
        elif kind == TMP:
            shutil.rmtree(f"{kind}/{ident}", ignore_errors=True)
        else:
            try:
                os.unlink(f"{kind}/{ident}")
            except OSError:
                pass


@contextlib.contextmanager
def host_lock():
    """Serialise host-namespace probe runs across workers and concurrent runs on the box.
    flock on /tmp itself: always there, nothing to create, released when we die."""
    fd = os.open("/tmp", os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
