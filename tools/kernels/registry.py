"""Debian's kernels, fetched with apt-get download through a private apt configuration (own
sources.list, lists, cache and dpkg status under the cache); the box's own apt sources and
state are never read or changed. Each kernel is unpacked once into <cache>/<name>/ and
described there by kernel.json; a kernel with a kernel.json is used without asking apt."""
import ctypes
import fcntl
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

# name -> Debian suite. The qemu kernels are linux-image-amd64 of the suite, the UML ones
# its user-mode-linux package.
SUITES = {"5.10": "bullseye", "6.1": "bookworm", "6.12": "trixie", "7.2": "sid"}
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
LISTS_MAX_AGE_S = 24 * 3600
PR_SET_PDEATHSIG = 1


def die_with_parent():
    """For every child of make kernels: it dies with the thread that started it (SIGKILL on
    its parent's exit, PR_SET_PDEATHSIG), so an interrupted run leaves no apt or qemu behind."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def run(cmd, **kwargs):
    return subprocess.run(cmd, preexec_fn=die_with_parent, **kwargs)


class Unavailable(Exception):
    """The kernel cannot be had; the message says why (and what to do)."""


def install(packages, say):
    """The box's own packages make kernels needs (qemu, kmod, patchelf), from the box's own
    apt sources, as root; otherwise Unavailable names the command."""
    if not packages:
        return
    cmd = "apt-get install -y --no-install-recommends " + " ".join(packages)
    if os.geteuid() != 0:
        raise Unavailable("missing %s; as root run: %s" % (" ".join(packages), cmd))
    say("installing %s (%s)" % (" ".join(packages), cmd))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run("apt-get update -qq && " + cmd + " -qq >/dev/null", shell=True, check=True,
                   env=env, preexec_fn=die_with_parent)


def names():
    return list(SUITES) + ["uml-" + v for v in SUITES]


def parse(name):
    """"uml-6.1" -> ("uml", "bookworm"); "6.12" -> ("qemu", "trixie")."""
    kind, version = ("uml", name[4:]) if name.startswith("uml-") else ("qemu", name)
    if version not in SUITES:
        raise Unavailable("unknown kernel '%s' (known: %s)" % (name, " ".join(names())))
    return kind, SUITES[version]


def mirror():
    """KERNEL_MIRROR, else the Debian mirror the box itself uses, else deb.debian.org."""
    found = None
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")) + ["/etc/apt/sources.list"]:
        try:
            text = Path(path).read_text(errors="replace")
        except OSError:
            continue
        m = re.search(r"^(?:URIs:|deb)\s+(?:\[[^]]*\]\s+)?(\S+/debian)/?\s", text, re.M)
        found = found or (m and m.group(1))
    return os.environ.get("KERNEL_MIRROR") or found or "http://deb.debian.org/debian"


class Apt:
    """apt-get and apt-cache for one suite, with everything of theirs under <cache>/apt/<suite>."""

    def __init__(self, cache, suite):
        self.suite, self.dir = suite, Path(cache) / "apt" / suite
        d = self.dir
        self.options = []
        for key, value in (("Dir::Etc::SourceList", d / "sources.list"),
                           ("Dir::Etc::SourceParts", d / "none"),
                           ("Dir::Etc::Preferences", d / "none"),
                           ("Dir::Etc::PreferencesParts", d / "none"),
                           ("Dir::State::Lists", d / "lists"),
                           ("Dir::State::status", d / "status"),
                           ("Dir::Cache", d / "cache"),
                           ("APT::Architecture", "amd64"), ("APT::Architectures", "amd64"),
                           ("Acquire::Languages", "none")):
            self.options += ["-o", "%s=%s" % (key, value)]
        if os.geteuid() == 0:  # apt would hand the download to _apt, who cannot write there
            self.options += ["-o", "APT::Sandbox::User=root"]

    def lists_present(self):
        return any((self.dir / "lists").glob("*_Packages*"))

    def update(self, say):
        if self.lists_present() and time.time() - self._lists_mtime() < LISTS_MAX_AGE_S:
            if not (self.dir / "offers.json").exists():
                self._note_offers()
            return
        if not os.path.exists(KEYRING):
            raise Unavailable("%s is missing (apt-get install debian-archive-keyring)" % KEYRING)
        for sub in ("lists/partial", "cache/archives/partial"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        (self.dir / "status").touch()
        (self.dir / "sources.list").write_text(
            "deb [arch=amd64 signed-by=%s] %s %s main\n" % (KEYRING, mirror(), self.suite))
        say("reading Debian %s's package list (apt-get update, private lists in %s)"
            % (self.suite, self.dir))
        self._run("apt-get", "update", "-qq")
        self._note_offers()

    def _note_offers(self):
        """The versions on offer, for make kernels LIST=1 (apt-cache is slow to ask)."""
        offers = {"qemu": (self.show("linux-image-amd64") or {}).get("Version"),
                  "uml": (self.show("user-mode-linux") or {}).get("Version")}
        (self.dir / "offers.json").write_text(json.dumps(offers) + "\n")

    def _lists_mtime(self):
        return max(p.stat().st_mtime for p in (self.dir / "lists").glob("*_Packages*"))

    def _run(self, tool, *args, cwd=None):
        out = run([tool, *self.options, *args], cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, universal_newlines=True)
        if out.returncode != 0:
            raise Unavailable("%s %s failed: %s" % (tool, " ".join(args),
                                                    out.stdout.strip()[-800:]))
        return out.stdout

    def show(self, package):
        """{field: value} of the suite's candidate of package, or None."""
        try:
            text = self._run("apt-cache", "show", "--no-all-versions", package)
        except Unavailable:
            return None
        fields, key = {}, None
        for line in text.splitlines():
            if line[:1] in (" ", "\t") and key:
                fields[key] += "\n" + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        return fields or None

    def download(self, packages, into):
        into.mkdir(parents=True, exist_ok=True)
        self._run("apt-get", "download", "-qq", *packages, cwd=str(into))
        return sorted(into.glob("*.deb"))


def depends(fields):
    """Package names of a Depends field (first of each alternative)."""
    return [alt.split("|")[0].split("(")[0].strip()
            for alt in fields.get("Depends", "").split(",") if alt.strip()]


def packages_of(apt, kind):
    """[(package, version)] that make up the kernel: for qemu the image the suite's
    linux-image-amd64 points to (since 7.x an empty package: the kernel is in its
    linux-binary-, linux-modules- and linux-base-<abi> parts);
    for UML user-mode-linux."""
    if kind == "uml":
        fields = apt.show("user-mode-linux")
        if not fields:
            raise Unavailable("Debian %s has no user-mode-linux package" % apt.suite)
        return [("user-mode-linux", fields["Version"], fields)]
    meta = apt.show("linux-image-amd64")
    if not meta:
        raise Unavailable("Debian %s has no linux-image-amd64" % apt.suite)
    image = next((d for d in depends(meta) if d.startswith("linux-image-")), None)
    fields = apt.show(image) if image else None
    if not fields:
        raise Unavailable("Debian %s: linux-image-amd64 names no kernel image" % apt.suite)
    found = [(image, fields["Version"], fields)]
    for part in depends(fields):
        if part.startswith(("linux-binary-", "linux-modules-", "linux-base-")):
            sub = apt.show(part)
            if sub:
                found.append((part, sub["Version"], sub))
    return found


def needed_glibc(fields):
    m = re.search(r"libc6 \(>= ([0-9.]+)\)", fields.get("Depends", ""))
    return m.group(1) if m else None


def host_glibc():
    try:
        return os.confstr("CS_GNU_LIBC_VERSION").split()[1]
    except (ValueError, OSError, AttributeError, IndexError):
        return "0"


def newer(a, b):
    return [int(x) for x in a.split(".")] > [int(x) for x in b.split(".")]


class Kernel:
    """A prepared kernel: its description (kernel.json) and where its files are."""

    def __init__(self, name, home, desc):
        self.name, self.home, self.desc = name, Path(home), desc
        self.kind, self.suite = desc["kind"], desc["suite"]
        self.version, self.release = desc["version"], desc["release"]
        self.image = self.home / desc["image"]
        self.modules = self.home / desc["modules"]


def cached(cache, name):
    home = Path(cache) / name
    try:
        return Kernel(name, home, json.loads((home / "kernel.json").read_text()))
    except (OSError, ValueError, KeyError):
        return None


def candidate(cache, name):
    """The registry's version of the kernel when its list was last read (no network)."""
    kind, suite = parse(name)
    try:
        return json.loads((Apt(cache, suite).dir / "offers.json").read_text()).get(kind)
    except (OSError, ValueError):
        return None


def prepare(cache, name, say, refresh=False):
    """The kernel, fetched and unpacked into <cache>/<name>/ unless it is there already."""
    found = cached(cache, name)
    if found and not refresh:
        return found
    kind, suite = parse(name)
    apt = Apt(cache, suite)
    apt.dir.mkdir(parents=True, exist_ok=True)
    with open(apt.dir / "lock", "w") as lock:  # one apt per suite (threads, other runs)
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = cached(cache, name)
        if found and not refresh:
            return found
        return fetch(cache, name, kind, apt, found, say)


def fetch(cache, name, kind, apt, found, say):
    suite = apt.suite
    apt.update(say)
    parts = packages_of(apt, kind)
    if found and found.version == parts[0][1]:
        return found
    home = Path(cache) / name
    staging = Path(cache) / (".%s.%d" % (name, os.getpid()))
    shutil.rmtree(staging, ignore_errors=True)
    try:
        size = sum(int(f.get("Size", 0)) for _, _, f in parts) / 1e6
        say("downloading %s (%.0f MB) from Debian %s" % (
            " ".join("%s %s" % (p, v) for p, v, _ in parts), size, suite))
        desc = {"name": name, "kind": kind, "suite": suite, "version": parts[0][1],
                "packages": ["%s=%s" % (p, v) for p, v, _ in parts]}
        debs = apt.download(desc["packages"], staging / "debs")
        libc = needed_glibc(parts[0][2]) if kind == "uml" else None
        if libc and newer(libc, host_glibc()):
            if not shutil.which("patchelf"):
                install(["patchelf"], say)
            libc_fields = apt.show("libc6")
            libc_package = "libc6=%s" % libc_fields["Version"]
            unpack(apt.download([libc_package], staging / "libc-debs"), staging / "libc")
            desc["packages"].append(libc_package)
        unpack(debs, staging / "tree")
        desc.update(describe(cache, name, staging, kind))
        shutil.rmtree(staging / "debs", ignore_errors=True)
        shutil.rmtree(staging / "libc-debs", ignore_errors=True)
        (staging / "kernel.json").write_text(json.dumps(desc, indent=1) + "\n")
        shutil.rmtree(home, ignore_errors=True)
        staging.rename(home)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return cached(cache, name)


def unpack(debs, into):
    into.mkdir(parents=True, exist_ok=True)
    for deb in debs:
        run(["dpkg-deb", "-x", str(deb), str(into)], check=True)


def describe(cache, name, staging, kind):
    """image, modules (relative to the kernel's home), release."""
    tree = staging / "tree"
    if kind == "uml":
        mods = sorted((tree / "usr/lib/uml/modules").iterdir())
        desc = {"image": "tree/usr/bin/linux.uml",
                "modules": str(mods[-1].relative_to(staging)), "release": mods[-1].name}
        loader = sorted(glob.glob(str(staging / "libc/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"))
                        + glob.glob(str(staging / "libc/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2")))
        if loader:
            # linux.uml of this suite needs a newer C library than the box's: a copy of it
            # that loads the suite's own libc, fetched beside it. Not through that loader
            # as a command (ld.so linux.uml): UML re-executes /proc/self/exe, and its memory
            # layout counts on being the program (it panics allocating a 1.4 TB memory map).
            home = Path(cache) / name  # where the kernel will live: the paths are absolute
            libdir = os.path.dirname(loader[0]).replace(str(staging), str(home))
            shutil.copy(tree / "usr/bin/linux.uml", tree / "usr/bin/linux.uml.own-libc")
            run(["patchelf", "--set-interpreter", loader[0].replace(str(staging), str(home)),
                 "--set-rpath", libdir, str(tree / "usr/bin/linux.uml.own-libc")], check=True)
            desc["image"] = "tree/usr/bin/linux.uml.own-libc"
        return desc
    mods = sorted((tree / "lib/modules").iterdir()) if (tree / "lib/modules").is_dir() \
        else sorted((tree / "usr/lib/modules").iterdir())
    release = mods[-1].name
    image = sorted(glob.glob(str(tree / "**" / ("vmlinuz-" + release)), recursive=True)) + \
        sorted(glob.glob(str(mods[-1] / "vmlinuz")))  # 7.x: /usr/lib/modules/<release>/vmlinuz
    if not image:
        raise Unavailable("no vmlinuz-%s in the kernel's packages" % release)
    image = Path(image[0])
    # The packages ship no modules.dep (depmod makes it at installation): make it here, so
    # that the guest's modprobe (and our initramfs) can find modules and their dependencies.
    base = mods[-1].parents[2]  # the directory holding lib/modules/<release>
    run(["depmod", "-b", str(base), release], check=True)
    return {"image": str(image.relative_to(staging)), "modules": str(mods[-1].relative_to(staging)),
            "release": release}
