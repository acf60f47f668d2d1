"""The facts of the box a run happened on, for results.json and for comparing boxes."""
import datetime
import glob
import json
import os
import platform
import re
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


def host_libc():
    """This box's own C library, "glibc 2.36" or "musl 1.2.4" (the probes may carry another,
    statically linked): asked of the C library Python runs on, else of musl's loader or ldd."""
    try:
        found = os.confstr("CS_GNU_LIBC_VERSION")  # glibc answers, musl does not
        if found:
            return found
    except (ValueError, OSError, AttributeError):
        pass
    for loader in sorted(glob.glob("/lib/ld-musl-*.so.1")):
        text = _output([loader])  # prints "musl libc (x86_64)\nVersion 1.2.4" and usage
        version = re.search(r"Version ([0-9][\w.]*)", text)
        return "musl " + version.group(1) if version else "musl"
    first = _output(["ldd", "--version"]).strip().splitlines()[:1]
    version = re.search(r"(GLIBC|GNU libc|musl).*?([0-9]+\.[0-9.]+)", first[0]) if first else None
    if version:
        return ("musl " if version.group(1) == "musl" else "glibc ") + version.group(2)
    return " ".join(x for x in platform.libc_ver() if x) or "unknown"


def _output(cmd):
    try:
        out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             universal_newlines=True, timeout=10)
        return out.stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def libc_text(b):
    """The probes' C library for the summary: "glibc 2.36", or for a static build
    "glibc 2.36 (static, in the probes; the box's own: musl 1.2.4)"."""
    text = f"{b.get('libc', 'unknown')} {b.get('libc_version', '')}".strip()
    if b.get("link") == "static":
        text += f" (static, in the probes; the box's own: {b.get('host_libc', 'unknown')})"
    return text


def runs_on():
    """What the kernel runs on: "host", or for a guest booted by make kernels what its init
    says (IPCPROBE_RUNS_ON): "qemu-system tcg 7.2.22", "qemu-system kvm 7.2.22", "uml"."""
    return os.environ.get("IPCPROBE_RUNS_ON") or "host"


def facts(isolate, isolation):
    """Kernel, distro, the probes' libc/compiler/architecture (asked of a binary built like
    them), what the kernel runs on and under which conditions (a sysctl or boot parameter
    make kernels set), who ran it and how it was isolated."""
    built = {}
    try:
        out = subprocess.run([isolate, "--box"], capture_output=True, text=True, timeout=10)
        built = json.loads(out.stdout)
    except (OSError, ValueError, subprocess.SubprocessError):
        pass
    return {
        "kernel": platform.release(),
        "kernel_version": platform.version(),
        "runs_on": runs_on(),
        "conditions": os.environ.get("IPCPROBE_CONDITIONS", ""),
        "distro": _distro(),
        "libc": built.get("libc", "unknown"),
        "libc_version": built.get("libc_version", "unknown"),
        "host_libc": host_libc(),
        "compiler": built.get("compiler", "unknown"),
        "architecture": built.get("machine", platform.machine()),
        "bits": built.get("bits"),
        "endian": built.get("endian", "unknown"),
        "runs_on": os.environ.get("IPCPROBE_RUNS_ON") or "host",
        "link": built.get("link", "unknown"),
        "uid": os.getuid(),
        "isolation": isolation,
        "cpus": os.cpu_count(),
        "sysctl": _sysctls(),
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
