"""The facts of the box a run happened on, for results.json and for comparing boxes."""
import datetime
import json
import os
import platform
import subprocess

SYSCTLS = [
    "fs/pipe-max-size", "fs/pipe-user-pages-soft",
    "kernel/shmmax", "kernel/shmall", "kernel/shmmni",
    "kernel/msgmax", "kernel/msgmnb", "kernel/msgmni", "kernel/sem",
    "fs/mqueue/msg_max", "fs/mqueue/msgsize_max", "fs/mqueue/queues_max",
    "kernel/yama/ptrace_scope", "kernel/unprivileged_userns_clone",
    "user/max_user_namespaces",
]


def _distro():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "unknown"


def _sysctls():
    values = {}
    for name in SYSCTLS:
        try:
            with open(f"/proc/sys/{name}") as f:
                values[name.replace("/", ".")] = " ".join(f.read().split())
        except OSError:
            pass
    return values


def facts(isolate, isolation):
    """Kernel, distro, the probes' libc/compiler/architecture (asked of a binary built like
    them), who ran it and how it was isolated."""
    built = {}
    try:
        out = subprocess.run([isolate, "--box"], capture_output=True, text=True, timeout=10)
        built = json.loads(out.stdout)
    except (OSError, ValueError, subprocess.SubprocessError):
        pass
    host_libc = platform.libc_ver()
    return {
        "kernel": platform.release(),
        "kernel_version": platform.version(),
        "distro": _distro(),
        "libc": built.get("libc", "unknown"),
        "libc_version": built.get("libc_version", "unknown"),
        "host_libc": " ".join(x for x in host_libc if x) or "unknown",
        "compiler": built.get("compiler", "unknown"),
        "architecture": built.get("machine", platform.machine()),
        "bits": built.get("bits"),
        "link": built.get("link", "unknown"),
        "uid": os.getuid(),
        "isolation": isolation,
        "cpus": os.cpu_count(),
        "sysctl": _sysctls(),
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
