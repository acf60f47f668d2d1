"""The watcher of one `make kernels`: it outlives nothing. It holds a pidfd of make (the top
process) and of kernels.py; when either dies — make killed by SIGKILL leaves its children
running — it stops kernels.py, kills every guest's process group (the group ids are in
<session>/*/guest.pgid; UML is many host processes) and removes the session directory.

    watcher.py KERNELS_PID TOP_PID SESSION_DIR"""
import os
import select
import shutil
import signal
import sys
from pathlib import Path


def pidfd(pid):
    try:
        return os.pidfd_open(pid)
    except (ProcessLookupError, OSError):
        return None


def alive(fd):
    return fd is not None and not select.select([fd], [], [], 0)[0]


def kill_guests(session):
    for f in Path(session).glob("*/guest.pgid"):
        try:
            os.killpg(int(f.read_text()), signal.SIGKILL)
        except (ProcessLookupError, ValueError, OSError):
            pass


def main(kernels_pid, top_pid, session):
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(s, signal.SIG_IGN)  # Ctrl-C reaches kernels.py; we clean after it
    kernels, top = pidfd(kernels_pid), pidfd(top_pid)
    watched = [fd for fd in (kernels, top) if fd is not None]
    if kernels is not None:
        select.select(watched, [], [])
    if alive(kernels):  # make is gone, kernels.py not: stop it, give it a moment to clean up
        os.kill(kernels_pid, signal.SIGTERM)
        if not select.select([kernels], [], [], 5)[0]:
            os.kill(kernels_pid, signal.SIGKILL)
            select.select([kernels], [], [], 5)
    kill_guests(session)
    shutil.rmtree(session, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
