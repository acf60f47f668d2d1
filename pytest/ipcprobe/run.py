"""Run one probe binary and judge what it did.

A probe prints exactly one verdict line on stdout and exits accordingly:
    PASS <id>                    exit 0
    FAIL <id>: <message>         exit 1
    SKIP <id>: <reason>          exit 77
    ERROR <id>: <cause>          exit 99
Anything else (no line, several, another id, a mismatched exit code, death by a signal,
running past its bound) is an ERROR of the run, described plainly.
"""
import contextlib
import dataclasses
import os
import re
import select
import signal
import subprocess
import tempfile
import time

from . import leaks, processes

EXIT_CODES = {"PASS": 0, "FAIL": 1, "SKIP": 77, "ERROR": 99}
ISOLATION_SETUP_FAILED = 125
VERDICT_LINE = re.compile(r"^(PASS|FAIL|SKIP|ERROR) (\S+)(?:: (.*))?$")


@dataclasses.dataclass
class Outcome:
    verdict: str          # pass, fail, skip, error
    message: str
    duration_s: float
    stderr: str = ""
    exit_status: str = ""
    phases_ms: dict = None  # with timing: the launcher's set-up, the probe, the teardown


def signal_name(num):
    try:
        return signal.Signals(num).name
    except ValueError:
        return f"signal {num}"


def preload_problem(path):
    """Why the dynamic linker would ignore the library `path` (it warns and the probes run
    without it), or None; the launcher refuses the same (check_preload, harness/isolate.c)."""
    try:
        if not os.path.isfile(path):
            return "is not a regular file" if os.path.exists(path) else "does not exist"
        with open(path, "rb") as f:
            if f.read(4) != b"\x7fELF":
                return "is not a shared library (no ELF header)"
    except OSError as e:
        return f"cannot be read ({e.strerror})"
    return None


def judge(probe_id, returncode, stdout, stderr):
    """The verdict from what the probe printed and how it ended: (verdict, message)."""
    if returncode < 0 or 128 < returncode < 128 + 65:
        num = -returncode if returncode < 0 else returncode - 128
        return "error", f"the probe crashed: killed by {signal_name(num)}"
    if returncode == ISOLATION_SETUP_FAILED and "ipcprobe-isolate:" in stderr:
        line = [l for l in stderr.splitlines() if "ipcprobe-isolate:" in l][-1]
        return "error", f"the launcher could not set the probe up: {line}"
    lines = stdout.splitlines()
    if not lines:
        return "error", f"the probe printed no verdict (exit status {returncode})"
    matches = [VERDICT_LINE.match(l) for l in lines]
    if len(lines) != 1 or not matches[0]:
        shown = stdout.strip()[:200].encode("unicode_escape").decode()
        return "error", f"the probe printed no valid verdict line (exit status {returncode}): '{shown}'"
    word, got_id, message = matches[0].groups()
    if got_id != probe_id:
        return "error", f"the verdict names probe '{got_id}', expected '{probe_id}'"
    if EXIT_CODES[word] != returncode:
        return "error", (f"verdict {word} but exit status {returncode} "
                         f"(expected {EXIT_CODES[word]}): {message or ''}".rstrip(": "))
    return word.lower(), message or ""


def run_probe(binary, probe_id, *, isolate, isolation, bound_s, preload=None, env=None,
              sysctls=(), netns=True, timing=False):
    """Run `binary` (through the isolation launcher) within `bound_s` seconds; without a
    network namespace of its own when not `netns`; with `timing`, ask the launcher for the
    length of its phases (Outcome.phases_ms)."""
    cmd = [isolate, f"--isolation={isolation}"]
    if not netns:
        cmd.append("--no-netns")
    if preload:
        cmd.append(f"--preload={preload}")
    cmd += [f"--sysctl={s}" for s in sysctls]
    cmd.append(binary)
    host = isolation == "none"
    lock = leaks.host_lock() if host else contextlib.nullcontext()
    with lock:
        before = leaks.snapshot() if host else None
        # Output goes to files, not pipes: a process that escapes the probe and keeps its
        # stdout open must not make the runner wait for an end of file.
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
                _timing_file(timing and not host, env) as (moments, env):
            start = time.monotonic()
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    start_new_session=True, env=env,
                                    pass_fds=(moments.fileno(),) if moments else ())
            try:
                wait(proc, bound_s)
                duration = time.monotonic() - start
                stdout, stderr = _read(out), _read(err)
                verdict, message = judge(probe_id, proc.returncode, stdout, stderr)
                # In a PID namespace nothing outlives its PID 1, and the launcher has ended:
                # only a probe in the host's namespaces can leave processes in its session.
                left = processes.living_in_session(proc.pid) if host else []
                if left:
                    states = "; ".join(processes.describe(p) for p in left)
                    processes.kill_session(proc.pid, None)
                    verdict, message = "error", f"the probe left processes behind: {states}"
            except BaseException as e:
                if not isinstance(e, subprocess.TimeoutExpired):
                    # Interrupted (Ctrl+C): take the probe down before going.
                    processes.kill_session(proc.pid, proc.pid)
                    raise
                duration = time.monotonic() - start
                states = "; ".join(processes.describe(p) for p in processes.in_session(proc.pid))
                survivors = processes.kill_session(proc.pid, proc.pid)
                proc.wait()
                stdout, stderr = _read(out), _read(err)
                verdict = "error"
                message = f"timeout: no verdict within {bound_s:.1f} s; its processes: {states or 'none'}"
                if survivors:
                    message += f"; could not kill: {survivors}"
            moments_text = _read(moments) if moments else ""
        if host:
            new = leaks.snapshot() - before
            if new:
                leaks.remove(new)
                if message.startswith("timeout:"):  # killed: it could not clean up
                    message += f"; removed what it left: {leaks.describe(new)}"
                else:
                    verdict = "error"
                    message = f"leaked in the host namespace: {leaks.describe(new)}" + (
                        f" (verdict was: {message})" if message else "")
    phases = _phases(moments_text, duration) if timing and not host else None
    return Outcome(verdict, message, duration, stderr, str(proc.returncode), phases)


def wait(proc, timeout):
    """proc.wait(timeout), told by the kernel when the process ends. (Popen.wait(timeout)
    polls, sleeping twice as long each time up to 50 ms: a probe's end was seen up to its own
    length late.) A pidfd is readable once the process has ended (Linux 5.3, Python 3.9);
    elsewhere Popen.wait as it is."""
    try:
        fd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        return proc.wait(timeout=timeout)
    try:
        if not select.select([fd], [], [], timeout)[0]:
            raise subprocess.TimeoutExpired(proc.args, timeout)
        return proc.wait()
    finally:
        os.close(fd)


@contextlib.contextmanager
def _timing_file(wanted, env):
    """A file for the launcher's IPCPROBE_TIMING_FD report, and the environment naming it."""
    if not wanted:
        yield None, env
        return
    with tempfile.TemporaryFile() as f:
        env = dict(env if env is not None else os.environ, IPCPROBE_TIMING_FD=str(f.fileno()))
        yield f, env


def _phases(text, duration_s):
    """{"spawn", "setup", "probe", "teardown"} in ms from the launcher's line; spawn is what
    the runner measured beyond the launcher (fork and exec of the launcher, waking up)."""
    fields = dict(kv.split("=", 1) for kv in text.split() if "=" in kv)
    try:
        setup, probe, teardown = (int(fields[k]) / 1000 for k in ("setup_us", "probe_us", "teardown_us"))
    except (KeyError, ValueError):
        return None
    spawn = max(duration_s * 1000 - setup - probe - teardown, 0.0)
    return {"spawn": round(spawn, 3), "setup": round(setup, 3), "probe": round(probe, 3),
            "teardown": round(teardown, 3)}



def _read(f, limit=65536):
    f.seek(0)
    return f.read(limit).decode("utf-8", "replace")
