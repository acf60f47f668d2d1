"""One guest: its boot files (an initramfs for qemu, a hostfs root for UML, both holding our
static init, its orders and the modules it loads first), the command that boots it, and the
watch over its console until it powers off or meets a bound."""
import collections
import gzip
import lzma
import os
import shlex
import signal
import subprocess
import threading
import time
from pathlib import Path

import cpio
import registry

HERE = Path(__file__).resolve().parent
# What the root needs before it can be mounted: the 9p root and the overlay over it (qemu),
# the overlay over the hostfs root (UML). Debian builds them as modules.
FIRST_MODULES = {"qemu": ["virtio_pci", "9pnet_virtio", "9p", "overlay"], "uml": ["overlay"]}
NINEP = "trans=virtio,version=9p2000.L,msize=512000"
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
KVM_PROGRESS_S = 5  # a KVM guest whose kernel says nothing in this time is stuck (nested KVM)


class Failed(Exception):
    """The guest cannot be built or booted; the message says why."""


def _norm(filename):
    return filename.split(".ko")[0].replace("-", "_")


def first_modules(kernel):
    """The modules to load before the root, dependencies first (modules.dep), leaving out
    those built into this kernel (modules.builtin)."""
    deps = {}
    for line in (kernel.modules / "modules.dep").read_text().splitlines():
        path, _, rest = line.partition(":")
        deps[path] = rest.split()
    by_name = {_norm(Path(p).name): p for p in deps}
    builtin_file = kernel.modules / "modules.builtin"
    builtin = {_norm(Path(l).name) for l in builtin_file.read_text().split()} \
        if builtin_file.exists() else set()
    order = []

    def visit(path):
        if path not in order:
            for dep in deps.get(path, []):
                visit(dep)
            order.append(path)
    for name in FIRST_MODULES[kernel.kind]:
        if name in builtin:
            continue
        if name not in by_name:
            raise Failed("%s has no module %s (modules.dep)" % (kernel.name, name))
        visit(by_name[name])
    return order


def module_bytes(path):
    """A module as finit_module takes it: decompressed here (.ko.xz, .ko.gz, .ko.zst)."""
    if path.suffix == ".xz":
        return lzma.decompress(path.read_bytes())
    if path.suffix == ".gz":
        return gzip.decompress(path.read_bytes())
    if path.suffix == ".zst":
        try:
            return registry.run(["zstd", "-dcq", str(path)], check=True,
                                  stdout=subprocess.PIPE).stdout
        except (OSError, subprocess.CalledProcessError):
            raise Failed("%s is zstd-compressed: install zstd (apt-get install zstd)" % path)
    return path.read_bytes()


def build_init(into):
    """Our static init (tools/kernels/init.c), compiled for this run."""
    out = into / "init"
    cc = os.environ.get("CC", "cc")
    done = registry.run([cc, "-static", "-O2", "-o", str(out), str(HERE / "init.c")],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    if done.returncode != 0:
        raise Failed("cannot link the guest's static init (%s -static; glibc's libc.a is in "
                     "libc6-dev): %s" % (cc, done.stdout.strip()[-400:]))
    return out.read_bytes()


def orders(kernel, modules, run):
    """/ipcprobe.conf: what our init does, in order (see init.c)."""
    lines = ["insmod /modules/%s" % Path(m).name.split(".ko")[0] + ".ko" for m in modules]
    lines.append("mkdir /lower")
    if kernel.kind == "qemu":
        lines.append("mount root /lower 9p %s,cache=loose,ro" % NINEP)
    else:
        lines.append("mount none /lower hostfs /")
    lines += ["mkdir /rw", "mount tmpfs /rw tmpfs mode=0755", "mkdir /rw/upper", "mkdir /rw/work",
              "mkdir /newroot",
              "mount overlay /newroot overlay lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work",
              "root /newroot", "mkdir /results"]
    if kernel.kind == "qemu":
        lines.append("mount out /results 9p %s" % NINEP)
    else:
        lines.append("mount none /results hostfs %s" % (run / "out"))
    lines += ["env PATH=%s" % PATH, "env IPCPROBE_ENV=%s" % (run / "guest.env"),
              "run /bin/sh %s" % (HERE / "guest.sh")]
    return "\n".join(lines) + "\n"


def prepare(kernel, run, init, repo, runner_args, runs_on, sysctls, conditions):
    """Everything the guest reads, in the run directory run/ (seen by the guest at the same
    path: the guest's root is this box's)."""
    for path in (run, repo, HERE, kernel.modules):
        if " " in str(path):
            raise Failed("paths with spaces are not supported by the guest's init: %s" % path)
    (run / "out").mkdir(parents=True)
    (run / "args").write_text("".join(a + "\n" for a in runner_args))
    env = {"IPCPROBE_REPO": str(repo), "IPCPROBE_ARGS": str(run / "args"),
           "IPCPROBE_MODULES": str(kernel.modules), "IPCPROBE_RUNS_ON": runs_on,
           "IPCPROBE_CONDITIONS": conditions, "IPCPROBE_SYSCTL": "\n".join(sysctls)}
    (run / "guest.env").write_text("".join("%s=%s\n" % (k, shlex.quote(v)) for k, v in env.items()))
    modules = first_modules(kernel)
    conf = orders(kernel, modules, run).encode()
    if kernel.kind == "qemu":
        archive = cpio.Archive(run / "initrd")
        for d in ("dev", "modules"):
            archive.directory(d)
        archive.char_device("dev/console", 5, 1)
        archive.file("init", init, 0o755)
        archive.file("ipcprobe.conf", conf)
        for m in modules:
            archive.file("modules/" + Path(m).name.split(".ko")[0] + ".ko",
                         module_bytes(kernel.modules / m))
        archive.close()
    else:
        root = run / "root"
        (root / "modules").mkdir(parents=True)
        (root / "dev").mkdir()
        (root / "init").write_bytes(init)
        (root / "init").chmod(0o755)
        (root / "ipcprobe.conf").write_bytes(conf)
        for m in modules:
            (root / "modules" / (Path(m).name.split(".ko")[0] + ".ko")).write_bytes(
                module_bytes(kernel.modules / m))


def command(kernel, run, accel, cpus, mem_mb, cmdline):
    if kernel.kind == "uml":
        return [
            str(kernel.image), "mem=%dM" % mem_mb, "root=/dev/root", "rootfstype=hostfs",
            "rootflags=%s" % (run / "root"), "rw", "init=/init", "con0=null,fd:1", "con=null",
            "ssl=null", "panic=-1", *cmdline]
    return ["qemu-system-x86_64", "-machine", "pc,accel=" + accel,
            "-cpu", "host" if accel == "kvm" else "max", "-smp", str(cpus), "-m", str(mem_mb),
            "-nodefaults", "-no-user-config", "-display", "none", "-serial", "stdio",
            "-monitor", "none", "-nic", "none", "-no-reboot",
            "-kernel", str(kernel.image), "-initrd", str(run / "initrd"),
            "-append", " ".join(["console=ttyS0", "panic=-1", *cmdline]),
            "-virtfs", "local,path=/,mount_tag=root,security_model=none,readonly=on,multidevs=remap",
            "-virtfs", "local,path=%s,mount_tag=out,security_model=none" % (run / "out")]


class Outcome:
    def __init__(self):
        self.boot_s = self.run_s = None
        self.rc = None          # the runner's exit status inside the guest
        self.release = self.cpus = None
        self.stalled = False    # KVM said nothing: try TCG
        self.problem = None     # why the guest gave no result
        self.last_lines = []


class Console(threading.Thread):
    """Reads the guest's console: into console.log, the last lines kept, our markers noted."""

    def __init__(self, stream, log):
        super().__init__(daemon=True)
        self.stream, self.log = stream, log
        self.last = collections.deque(maxlen=25)
        self.kernel_spoke = self.up = self.done = None
        self.up_words = []
        self.rc = None

    def run(self):
        with open(self.log, "w") as log:
            for raw in self.stream:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                log.write(line + "\n")
                log.flush()
                self.last.append(line)
                now = time.monotonic()
                if self.kernel_spoke is None and (line.startswith("[") or "Linux version" in line):
                    self.kernel_spoke = now
                if line.startswith("ipcprobe-guest: up "):
                    self.up, self.up_words = now, line.split()[2:]
                    self.kernel_spoke = self.kernel_spoke or now
                elif line.startswith("ipcprobe-guest: done "):
                    self.done, self.rc = now, int(line.split()[2])


def boot(cmd, run, boot_bound_s, run_bound_s, kvm, on_up=None):
    """Boots the guest and watches it until it powers off or a bound passes (then its whole
    process group is killed); on_up(seconds, release, cpus) once it is up. Returns an
    Outcome."""
    out = Outcome()
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True,
                            preexec_fn=registry.die_with_parent)
    (run / "guest.pgid").write_text(str(proc.pid))  # for the watcher, should we die
    console = Console(proc.stdout, run / "console.log")
    console.start()
    told = False
    try:
        while proc.poll() is None:
            time.sleep(0.2)
            now = time.monotonic()
            if console.up and not told and on_up:
                told = True
                on_up(console.up - start, *(console.up_words + [None, None])[:2])
            if kvm and console.kernel_spoke is None and now - start > KVM_PROGRESS_S:
                out.stalled = True
                break
            if console.up is None and now - start > boot_bound_s:
                out.problem = "no boot within %d s" % boot_bound_s
                break
            if console.up and not console.done and now - console.up > run_bound_s:
                out.problem = "the run did not end within %d s" % run_bound_s
                break
            if console.done and now - console.done > 30:
                break  # the results are in; it would not power off
    finally:
        kill(proc)
        console.join(5)
    if kvm and console.kernel_spoke is None:
        out.stalled = True  # qemu refused this KVM (e.g. "failed to set MSR"), or it hung
    if console.up:
        out.boot_s = console.up - start
        out.release = console.up_words[0] if console.up_words else None
        out.cpus = console.up_words[1] if len(console.up_words) > 1 else None
    if console.done:
        out.run_s = console.done - console.up
        out.rc = console.rc
    elif not out.problem and not out.stalled:
        out.problem = "the guest ended (exit status %s) before the run did" % proc.returncode
    out.last_lines = list(console.last)
    return out


def kill(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
