"""make kernels: the whole suite on Debian's kernels (under qemu-system-x86_64) and on
User-Mode Linux, each booted with this box's own userland and build, then the verdicts
compared. See README.md, "Kernels under test".

    kernels.py [--kernels "5.10 6.1 ..."] [options] -- RUNNER_OPTIONS...
    kernels.py --list

A kernel name is 5.10 6.1 6.12 7.2 (Debian bullseye bookworm trixie sid, qemu) or uml-<same>,
with optional conditions appended: 6.1+userns0 (see CONDITIONS). Reports of each kernel go
to <reports>/<name>/. Exit 1 when a kernel could not be had or gave no results, 0 otherwise
(differing verdicts are the answer, not a failure)."""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guest      # noqa: E402
import registry   # noqa: E402
import watcher    # noqa: E402

DEFAULT = "5.10 6.1 6.12 7.2 uml-6.1 uml-7.2"
REPO = Path(__file__).resolve().parents[2]
# Named conditions a kernel name can carry ("6.1+userns0"): a sysctl set in the guest before
# the run, or a word added to the kernel's command line.
CONDITIONS = {
    "userns0": ("sysctl", "user.max_user_namespaces=0"),
    "ptrace1": ("sysctl", "kernel.yama.ptrace_scope=1"),
    "ptrace2": ("sysctl", "kernel.yama.ptrace_scope=2"),
    "ptrace3": ("sysctl", "kernel.yama.ptrace_scope=3"),
    "nosmp": ("cmdline", "nosmp"),
}


def say(*words):
    print("kernels:", *words, flush=True)


class Stop(Exception):
    pass


def _stop(signum, frame):
    raise Stop(signal.Signals(signum).name)


def options(argv):
    p = argparse.ArgumentParser(prog="kernels.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--kernels", default=DEFAULT, help="names, space-separated (default: %s)" % DEFAULT)
    p.add_argument("--list", action="store_true", help="what can be had, and what is cached")
    p.add_argument("--cache", default="/var/tmp/ipcprobe-kernels",
                   help="downloads and unpacked kernels (default: /var/tmp/ipcprobe-kernels)")
    p.add_argument("--reports", default="reports/kernels", help="default: reports/kernels")
    p.add_argument("--host-results", default="reports/results.json",
                   help="this box's own results, compared too when present")
    p.add_argument("--accel", choices=["auto", "kvm", "tcg"], default="auto",
                   help="qemu's accelerator; auto: KVM when it boots, else TCG")
    p.add_argument("--jobs", type=int, default=2,
                   help="guests at once (default 2: UML uses one CPU, so it runs beside qemu)")
    p.add_argument("--time-scale", type=float, default=3,
                   help="the guests' --time-scale when the runner options give none "
                        "(default 3: an emulated CPU is slower)")
    p.add_argument("--cpus", type=int, default=2)
    p.add_argument("--mem", type=int, default=2048, help="guest memory, MB")
    p.add_argument("--cmdline", default="", help="words added to every kernel's command line")
    p.add_argument("--sysctl", default="",
                   help="name=value ... set in every guest before the run")
    p.add_argument("--boot-bound", type=float, default=180, help="seconds (default 180)")
    p.add_argument("--run-bound", type=float, default=1500, help="seconds (default 1500)")
    p.add_argument("--refresh", action="store_true",
                   help="ask the registry again; fetch a kernel whose version changed")
    p.add_argument("--top-pid", type=int, default=None,
                   help="the process (make) whose death ends the run and cleans it up")
    p.add_argument("runner", nargs="*", help="after --: the runner's options (make's RUN_ARGS)")
    return p.parse_args(argv)


def split_name(name):
    """"6.1+userns0" -> ("6.1", [("sysctl", "user.max_user_namespaces=0")])."""
    base, *tags = name.split("+")
    registry.parse(base)
    unknown = [t for t in tags if t not in CONDITIONS]
    if unknown:
        raise registry.Unavailable("unknown condition '+%s' in %s (known: %s)" % (
            unknown[0], name, " ".join("+" + c for c in CONDITIONS)))
    return base, [CONDITIONS[t] for t in tags]


def slug(word):
    word = word.rsplit(".", 1)[-1] if "=" in word and "." in word.split("=")[0] else word
    return re.sub(r"[^A-Za-z0-9_.,=-]", "_", word)


def list_kernels(opt):
    say("kernels (cache: %s; names take conditions: %s)" % (
        opt.cache, " ".join("+%s (%s %s)" % (k, *v) for k, v in CONDITIONS.items())))
    for name in registry.names():
        kind, suite = registry.parse(name)
        have = registry.cached(opt.cache, name)
        offered = registry.candidate(opt.cache, name)
        state = ("cached %s (%s)" % (have.version, have.release)) if have else "not cached"
        if offered and (not have or offered != have.version):
            state += "; the registry offers %s" % offered
        elif not offered and not have:
            state += "; the registry not asked yet"
        how = "qemu-system-x86_64" if kind == "qemu" else "user-mode-linux"
        print("  %-9s Debian %-9s %-18s %s%s" % (name, suite, how, state,
                                                 "  (default)" if name in DEFAULT.split() else ""))
    return 0


def need_tools(kinds):
    """qemu (and depmod for the modules) for qemu kernels, Debian's archive keys for apt;
    installs them as root on Debian and Ubuntu."""
    missing = []
    if "qemu" in kinds and not shutil.which("qemu-system-x86_64"):
        missing.append("qemu-system-x86")
    if "qemu" in kinds and not shutil.which("depmod") and not os.path.exists("/sbin/depmod"):
        missing.append("kmod")
    if not os.path.exists(registry.KEYRING):  # Ubuntu: Debian's keys are a package too
        missing.append("debian-archive-keyring")
    for tool, package in (("dpkg-deb", "dpkg"), ("apt-get", "apt")):
        if not shutil.which(tool):
            raise registry.Unavailable("make kernels needs %s (Debian's %s)" % (tool, package))
    registry.install(missing, say)


def qemu_version():
    out = subprocess.run(["qemu-system-x86_64", "--version"], stdout=subprocess.PIPE,
                         universal_newlines=True).stdout
    m = re.search(r"version ([0-9][\w.]*)", out)
    return m.group(1) if m else "?"


def prime_metadata(runner):
    """Collect once on the host: each probe's --list is cached in the build, so the guest's
    collection reads it instead of running 300 binaries under an emulator."""
    build = next((a.split("=", 1)[1] for a in runner if a.startswith("--build-dir=")), "build")
    subprocess.run([sys.executable, "-m", "pytest", "cases", "--collect-only", "-q",
                    "--no-reports", "-p", "no:cacheprovider", "--build-dir=" + build],
                   cwd=str(REPO), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def counts_text(results):
    try:
        counts = json.loads(results.read_text())["counts"]
    except (OSError, ValueError, KeyError):
        return None
    return ", ".join("%d %s" % (counts.get(v, 0), v) for v in ("pass", "fail", "skip", "error"))


class Session:
    """One make kernels: a directory of its own in the cache (removed at the end, or by the
    watcher), and the accelerator learnt on the way (KVM that does not boot: TCG)."""

    def __init__(self, opt):
        self.opt = opt
        Path(opt.cache).mkdir(parents=True, exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix="run.", dir=opt.cache))
        self.watcher = subprocess.Popen(
            [sys.executable, str(Path(__file__).parent / "watcher.py"), str(os.getpid()),
             str(opt.top_pid or os.getppid()), str(self.dir)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        kvm_usable = os.access("/dev/kvm", os.R_OK | os.W_OK)
        self.accel = opt.accel if opt.accel != "auto" else ("kvm" if kvm_usable else "tcg")
        self.auto = opt.accel == "auto"
        self.init = None
        self.qemu = None

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def abort(self):
        watcher.kill_guests(self.dir)
        self.close()

    def one_or_none(self, name):
        try:
            return self.one(name)
        except (registry.Unavailable, guest.Failed, subprocess.CalledProcessError) as e:
            say("%s: cannot run: %s" % (name, e))
            return None

    def runs_on(self, kind):
        if kind == "uml":
            return "uml"
        self.qemu = self.qemu or qemu_version()
        return "qemu-system %s %s" % (self.accel, self.qemu)

    def one(self, name):
        """Fetch, boot and run one kernel; its reports in <reports>/<dir name>/. Returns the
        path of its results.json, or None (said why)."""
        opt = self.opt
        base, conds = split_name(name)
        sysctls = [v for k, v in conds if k == "sysctl"] + opt.sysctl.split()
        cmdline = [v for k, v in conds if k == "cmdline"] + opt.cmdline.split()
        dirname = base + "".join("+" + t for t in name.split("+")[1:]) + "".join(
            "+" + slug(w) for w in opt.sysctl.split() + opt.cmdline.split())
        conditions = "; ".join(["sysctl " + s for s in sysctls] + ["cmdline " + c for c in cmdline])
        kernel = registry.prepare(opt.cache, base, lambda *w: say(name + ":", *w), opt.refresh)
        while True:
            run = self.dir / dirname.replace("/", "_")
            shutil.rmtree(run, ignore_errors=True)
            runs_on = self.runs_on(kernel.kind)
            guest.prepare(kernel, run, self.init, REPO, opt.runner, runs_on, sysctls, conditions)
            cmd = guest.command(kernel, run, self.accel, opt.cpus, opt.mem, cmdline)
            say("%s: Debian %s %s: booting under %s%s" % (
                name, kernel.suite, kernel.version, runs_on,
                " (%s)" % conditions if conditions else ""))
            out = guest.boot(cmd, run, opt.boot_bound, opt.run_bound,
                             kvm=kernel.kind == "qemu" and self.accel == "kvm",
                             on_up=lambda s, release, cpus: say(
                                 "%s: up in %.1f s (%s, %s cpus); running the suite"
                                 % (name, s, release, cpus)))
            if out.stalled and self.auto:
                say("%s: KVM shows no progress in %d s (nested KVM?): TCG from now on"
                    % (name, guest.KVM_PROGRESS_S))
                self.accel = "tcg"
                continue
            break
        dest = Path(opt.reports) / dirname
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        for f in list((run / "out").iterdir()) + [run / "console.log"]:
            if f.is_file():
                shutil.copy(f, dest / f.name)
        shutil.rmtree(run, ignore_errors=True)
        results = dest / "results.json"
        timing = "boot %s, run %s" % (
            "%.1f s" % out.boot_s if out.boot_s is not None else "-",
            "%.1f s" % out.run_s if out.run_s is not None else "-")
        if out.problem or out.stalled or not results.exists():
            why = out.problem or ("KVM made no progress" if out.stalled else
                                  "no results.json (runner exit status %s; see %s/run.log)"
                                  % (out.rc, dest))
            log = dest / "run.log"
            lines = log.read_text(errors="replace").splitlines() if out.rc is not None and \
                log.exists() else out.last_lines
            say("%s: FAILED: %s (%s); last lines of its %s:" % (
                name, why, timing, "run.log" if lines is not out.last_lines else "console"))
            for line in lines[-12:]:
                print("    " + line)
            return None
        say("%s: done: %s (%s, %s cpus): %s -> %s/" % (
            name, timing, out.release, out.cpus, counts_text(results), dest))
        return results


def compare(session, found, host_results):
    """pytest/compare.py over the host's results (when present) and each kernel's; the
    columns are named after the runs."""
    folder = session.dir / "compare"
    folder.mkdir()
    files = []
    if host_results and Path(host_results).is_file():
        # only the probes the guests ran (a CASE= run is not 290 probes missing)
        ran = set()
        for _, results in found:
            ran |= {p["id"] for p in json.loads(results.read_text())["probes"]}
        try:
            host = json.loads(Path(host_results).read_text())
            host["probes"] = [p for p in host["probes"] if p.get("id") in ran]
            (folder / "host.json").write_text(json.dumps(host))
            files.append(folder / "host.json")
        except (OSError, ValueError, KeyError, TypeError):
            say("%s is not a results file; not compared" % host_results)
    for name, results in found:
        shutil.copy(results, folder / (results.parent.name + ".json"))
        files.append(folder / (results.parent.name + ".json"))
    if len(files) < 2:
        return
    print()
    subprocess.run([sys.executable, str(REPO / "pytest/compare.py"), *map(str, files)])


def main(argv=None):
    opt = options(sys.argv[1:] if argv is None else argv)
    if opt.list:
        return list_kernels(opt)
    names = opt.kernels.split()
    scale = next((float(a.split("=", 1)[1]) for a in opt.runner
                  if a.startswith("--time-scale=")), None)
    defaulted = scale is None
    if defaulted:
        scale = opt.time_scale
        opt.runner.append("--time-scale=%g" % scale)
    opt.boot_bound, opt.run_bound = opt.boot_bound * scale, opt.run_bound * scale
    try:
        for n in names:
            split_name(n)
        need_tools({registry.parse(split_name(n)[0])[0] for n in names})
    except (registry.Unavailable, subprocess.CalledProcessError) as e:
        say(str(e))
        return 2
    if defaulted:
        say("the guests run with --time-scale=%g (TIME_SCALE= chooses)" % scale)
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, _stop)
    session = None
    found, failed = [], []
    try:
        session = Session(opt)
        prime_metadata(opt.runner)
        session.init = guest.build_init(session.dir)
        # UML first: it has one CPU and the longest run, so it goes beside the qemu guests.
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opt.jobs))
        futures = {n: pool.submit(session.one_or_none, n)
                   for n in sorted(names, key=lambda n: not n.startswith("uml-"))}
        for name in names:
            results = futures[name].result()
            (found.append((name, results)) if results else failed.append(name))
        pool.shutdown()
        compare(session, found, opt.host_results)
    except (Stop, KeyboardInterrupt) as e:
        # Worker threads may be inside a guest: kill every guest, then end at once (their
        # children die with them: PR_SET_PDEATHSIG).
        if session:
            session.abort()
        say("stopped by %s; nothing is left running" % e)
        sys.stdout.flush()
        os._exit(130)
    finally:
        if session:
            session.close()
    if failed:
        say("no results from: %s" % " ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
