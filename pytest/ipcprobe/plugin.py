"""The pytest plugin: every probe source cases/<mechanism>/<name>.c becomes one test item
whose node id is the probe id <mechanism>/<name>; running it runs the built binary
(build/probes/<id>) in its own namespaces and turns its verdict into pytest's:
PASS → passed, FAIL → failed, SKIP → skipped (with the reason), ERROR → error."""
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from . import box, compat, oracle, order, reports, run

# The probes that get a network namespace of their own: those of mechanisms that name
# sockets (abstract names, addresses, ports, interfaces), which parallel probes must not share,
# and any other probe that declares .needs = "netns".
# Every other probe opens no socket but socketpair() (pytest/tests/test_network_isolation.py
# checks the sources), and is spared the costliest namespace to make and tear down.
NETNS_MECHANISMS = {"socket"}

MARKERS = {
    "needs_root": "the probe needs root",
    "needs_userns": "the probe needs a user namespace",
    "needs_cmd": "the probe needs a command on PATH",
    "needs_path": "the probe needs a file or mount",
    "needs_netns": "the probe names sockets and gets a network namespace of its own",
    "libc": "the behaviour is implemented by the C library, not the kernel",
    "corrects": "the probe corrects a claim of the seed tutorial",
    "confirms": "the probe confirms a claim of the seed tutorial",
}


def pytest_addoption(parser, pluginmanager):
    group = parser.getgroup("ipcprobe", "ipcprobe: running probes")
    if not compat.has_xdist(pluginmanager):
        # `make run` and the bundle pass -n: without pytest-xdist the run is serial, not an
        # error. A lowercase short option is pytest's own: xdist adds -n the same way.
        group._addoption("-n", "--numprocesses", dest="numprocesses", default=None, metavar="N",
                         help="parallel workers: pytest-xdist is not available here, so this "
                              "is accepted and the probes run one at a time")
    group.addoption("--case", action="append", default=[], metavar="ID",
                    help="run only this probe (e.g. pipe/read_blocks_while_writer_open); repeatable")
    group.addoption("--isolation", default="auto", choices=["auto", "ns", "userns", "none"],
                    help="namespaces for each probe: ns (root), userns, none (host; leaks are "
                         "checked and host runs are serialised); default auto")
    group.addoption("--probe-preload", metavar="LIB", default=None,
                    help="LD_PRELOAD this library into the probes (never into pytest)")
    group.addoption("--netns", default="auto", choices=["auto", "always"],
                    help="a network namespace for each probe: auto (only the socket probes, "
                         "which name sockets; default) or always")
    group.addoption("--time-scale", type=float, default=None, metavar="N",
                    help="multiply every bound of every probe by N (also IPCPROBE_TIME_SCALE)")
    group.addoption("--ipc-sysctl", action="append", default=[], metavar="NAME=VALUE",
                    help="set an IPC limit inside each probe's namespace, e.g. kernel/msgmni=1 "
                         "(to see how probes behave under low limits); repeatable")
    group.addoption("--cases-dir", default="cases", help="probe sources (default: cases)")
    group.addoption("--probes-dir", default=None,
                    help="built probes (default: <build-dir>/probes)")
    group.addoption("--build-dir", default="build", help="the build (default: build)")
    group.addoption("--reports-dir", default="reports",
                    help="where results.json, junit.xml and the rest go (default: reports)")
    group.addoption("--no-reports", action="store_true", help="write no report files")


class Settings:
    """What every item needs, resolved once per process."""

    def __init__(self, config):
        opt = config.option
        root = compat.rootpath(config)
        self.root = root
        self.cases = (root / opt.cases_dir).resolve()
        self.build = (root / opt.build_dir).resolve()
        self.probes = (root / opt.probes_dir).resolve() if opt.probes_dir else self.build / "probes"
        self.isolate = str(self.build / "ipcprobe-isolate")
        self.preload = str(Path(opt.probe_preload).resolve()) if opt.probe_preload else None
        scale = opt.time_scale or float(os.environ.get("IPCPROBE_TIME_SCALE", "1") or 1)
        self.time_scale = scale if scale > 0 else 1.0
        self.wanted_isolation = opt.isolation
        self._isolation = None
        self._oracle = None
        self.metadata = MetadataCache(self.build / ".list-cache.json")
        # IPCPROBE_TIMING=1 (pytest/bench.py): each record gets the launcher's phases.
        self.timing = os.environ.get("IPCPROBE_TIMING") == "1"
        self.netns_always = opt.netns == "always"

    @property
    def isolation(self):
        if self._isolation is None:
            if not os.access(self.isolate, os.X_OK):
                raise pytest.UsageError(
                    f"ipcprobe: {self.isolate} is missing: build the probes first (make build)")
            out = subprocess.run([self.isolate, "--which", f"--isolation={self.wanted_isolation}"],
                                 capture_output=True, text=True, timeout=30)
            self._isolation = out.stdout.strip() or "none"
        return self._isolation

    @property
    def oracle(self):
        """The blocked-state oracle's calibration for this box (oracle.py), learned once."""
        if self._oracle is None:
            self._oracle = oracle.calibrate(self.isolate, self.isolation, self.env())
        return self._oracle

    def holds_case(self, path):
        """Is `path` a probe source under the cases folder? (Without resolving symbolic links
        when it is plainly <cases>/<mechanism>/<name>.c: collection asks it for every file.)"""
        return path.parent.parent == self.cases or self.cases in path.resolve().parents

    def case_id(self, path):
        if path.parent.parent == self.cases:
            return f"{path.parent.name}/{path.stem}"
        return str(path.resolve().relative_to(self.cases))[:-2]

    def probe_ended(self):
        self._last_end = time.monotonic()

    def since_last_probe_ms(self):
        """With timing: how long this process spent in pytest since its last probe ended
        (its report, xdist's messages, this item's set-up); None for its first probe."""
        last = getattr(self, "_last_end", None)
        return (time.monotonic() - last) * 1000 if self.timing and last else None

    def env(self):
        env = dict(os.environ)
        env["IPCPROBE_TIME_SCALE"] = f"{self.time_scale:g}"
        env.pop("LD_PRELOAD", None)  # only --probe-preload reaches the probes
        return env

    def probe_env(self):
        env = self.env()
        if self.oracle:
            env["IPCPROBE_ORACLE"] = oracle.env_value(self.oracle)
        return env


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    _own_basetemp(config)
    config.ipcprobe = Settings(config)
    # junit.xml is one of the reports every run writes (before pytest's junitxml plugin looks).
    if not config.option.no_reports and not getattr(config.option, "xmlpath", None) \
            and not hasattr(config, "workerinput"):
        config.option.xmlpath = str(compat.rootpath(config) / config.option.reports_dir / "junit.xml")
    for name, text in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")
    cases = config.ipcprobe.cases
    if cases.is_dir():
        for mech in sorted(p.name for p in cases.iterdir() if p.is_dir()):
            config.addinivalue_line("markers", f"{mech}: probes of the {mech} mechanism")
    problem = config.option.probe_preload and run.preload_problem(config.option.probe_preload)
    if problem:
        raise pytest.UsageError(f"ipcprobe: --probe-preload {config.option.probe_preload} {problem}: "
                                "the probes would run without it")
    for case in config.option.case:
        if not (cases / f"{case}.c").is_file():
            raise pytest.UsageError(f"ipcprobe: unknown case '{case}': no {cases.name}/{case}.c"
                                    + _suggest(cases, case))
    if not hasattr(config, "workerinput"):
        _say_serial_without_xdist(config)
        config.ipcprobe_results = reports.Collector(config)
        config.pluginmanager.register(config.ipcprobe_results, "ipcprobe-results")


def _own_basetemp(config):
    """pytest keeps a directory of every session under /tmp/pytest-of-<user> (xdist makes one
    for each parallel run): unless told where (--basetemp), the run's is its own, named after
    its pid and made only if something asks for it (pytest does so), removed when the run ends;
    one left by a run that was killed is removed by the next. Runs before the tmpdir plugin
    reads the option (tryfirst)."""
    if config.option.basetemp is not None or hasattr(config, "workerinput"):
        return
    tmp = Path(tempfile.gettempdir())
    for left in tmp.glob("ipcprobe-pytest-*"):
        pid = left.name.split("-")[2]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists() and _mine(left):
            shutil.rmtree(left, ignore_errors=True)
    config.option.basetemp = config.ipcprobe_basetemp = str(tmp / f"ipcprobe-pytest-{os.getpid()}")


def _mine(path):
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def pytest_unconfigure(config):
    made = getattr(config, "ipcprobe_basetemp", None)
    if made:
        shutil.rmtree(made, ignore_errors=True)


def _say_serial_without_xdist(config):
    jobs = getattr(config.option, "numprocesses", None)
    if jobs not in (None, "0", 0) and not compat.has_xdist(config.pluginmanager):
        import sys
        sys.stderr.write(f"ipcprobe: pytest-xdist is not available (not installed, or -p no:xdist): "
                         f"the probes run one at a time (-n {jobs} ignored; make deps installs it)\n")


def _suggest(cases, case):
    import difflib
    ids = [str(p.relative_to(cases))[:-2] for p in cases.glob("*/*.c")]
    close = difflib.get_close_matches(case, ids, n=3)
    return f" (did you mean: {', '.join(close)}?)" if close else " (make list shows every id)"


def _collect_file(file_path, parent):
    settings = parent.config.ipcprobe
    if file_path.suffix == ".c" and settings.holds_case(file_path):
        return compat.file_from_parent(ProbeFile, parent, file_path)
    return None


# The hook's argument is file_path (pathlib) from pytest 7; path (py.path) before.
if compat.pytest_version() >= (7, 0):
    def pytest_collect_file(file_path, parent):
        return _collect_file(file_path, parent)
else:
    def pytest_collect_file(path, parent):
        return _collect_file(Path(str(path)), parent)


def pytest_collection_modifyitems(config, items):
    wanted = set(config.option.case)
    if wanted:
        keep = [i for i in items if getattr(i, "probe_id", None) in wanted]
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep
    worker = getattr(config, "workerinput", {})
    if worker.get("ipcprobe_durations"):
        order.longest_first(items, worker["ipcprobe_durations"], worker.get("workercount", 1))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """(pytest-xdist, on the controller) Every worker gets the same durations to order by."""
    node.workerinput["ipcprobe_durations"] = order.load(node.config.ipcprobe.build)


class MetadataCache:
    """Each probe's --list output, kept per binary (path, size, mtime) so that a collection
    runs only the binaries that changed since the last one."""

    def __init__(self, path):
        self.path, self.changed = path, False
        try:
            self.entries = json.loads(path.read_text())
        except (OSError, ValueError):
            self.entries = {}

    def get(self, binary, env):
        """The metadata of `binary`; env() gives the environment to run --list in."""
        st = binary.stat()
        key, stamp = str(binary), [st.st_size, st.st_mtime_ns]
        hit = self.entries.get(key)
        if hit and (hit["stamp"] == stamp or self._whole_seconds(hit["stamp"], stamp)):
            return hit["meta"]
        out = subprocess.run([str(binary), "--list"], capture_output=True, text=True,
                             timeout=10, env=env())
        meta = json.loads(out.stdout)
        self.entries[key] = {"stamp": stamp, "meta": meta}
        self.changed = True
        return meta

    @staticmethod
    def _whole_seconds(cached, now):
        """The same file seen through a file system that keeps whole seconds only (UML's
        hostfs, where make kernels runs the build this box made)."""
        return now[1] % 10**9 == 0 and cached[0] == now[0] and cached[1] // 10**9 == now[1] // 10**9

    def save(self):
        if self.changed and self.path.parent.is_dir():
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}")
            try:
                tmp.write_text(json.dumps(self.entries))
                tmp.replace(self.path)
            except OSError:
                pass  # a read-only build is fine: the cache only saves time
            self.changed = False


def pytest_collection_finish(session):
    session.config.ipcprobe.metadata.save()


class ProbeFile(pytest.File):
    def collect(self):
        settings = self.config.ipcprobe
        probe_id = settings.case_id(compat.node_path(self))
        binary = settings.probes / probe_id
        meta, problem = None, None
        if not binary.exists():
            problem = f"not built: {binary} is missing (run: make build)"
        elif not os.access(binary, os.X_OK):
            problem = f"not executable: {binary} (rebuild it: make build)"
        else:
            try:
                meta = settings.metadata.get(binary, settings.env)
                if meta.get("id") != probe_id:
                    problem = f"--list names '{meta.get('id')}', expected '{probe_id}' (stale build?)"
            except (OSError, ValueError, subprocess.SubprocessError) as e:
                problem = f"--list gave no metadata ({type(e).__name__}: {e})"
                meta = None
        yield ProbeItem.from_parent(self, name=probe_id, nodeid=probe_id, probe_id=probe_id,
                                    binary=str(binary), meta=meta or {}, problem=problem)


class ProbeError(Exception):
    """The probe could not judge (ERROR)."""


class ProbeFailure(Exception):
    """The behaviour differs from the claim (FAIL)."""


class ProbeItem(pytest.Item):
    def __init__(self, *, probe_id, binary, meta, problem, **kwargs):
        super().__init__(**kwargs)
        self.probe_id, self.binary, self.meta, self.problem = probe_id, binary, meta, problem
        self.mechanism = probe_id.split("/", 1)[0]
        self.outcome = None
        self.add_marker(self.mechanism)
        self.needs_netns = self.mechanism in NETNS_MECHANISMS or "netns" in meta.get("needs", [])
        for need in meta.get("needs", []):
            self.add_marker("needs_" + need.split(":", 1)[0])
        if meta.get("layer") == "libc":
            self.add_marker("libc")
        if meta.get("seed") and meta.get("kind") in ("corrects", "confirms"):
            self.add_marker(meta["kind"])

    def setup(self):
        settings = self.config.ipcprobe
        if self.problem:
            self._record("error", self.problem, 0.0)
            raise ProbeError(self.problem)
        bound = float(self.meta.get("timeout_s", 4)) * settings.time_scale + 1.0
        gap_ms = settings.since_last_probe_ms()
        out = run.run_probe(self.binary, self.probe_id, isolate=settings.isolate,
                            isolation=settings.isolation, bound_s=bound,
                            preload=settings.preload, env=settings.probe_env(),
                            sysctls=self.config.option.ipc_sysctl,
                            netns=settings.netns_always or self.needs_netns,
                            timing=settings.timing)
        settings.probe_ended()
        self.outcome = out
        if out.phases_ms and gap_ms is not None:
            out.phases_ms["bookkeeping"] = round(gap_ms, 3)
        self._record(out.verdict, out.message, out.duration_s, out.phases_ms)
        if out.stderr.strip():
            self.add_report_section("call", "stderr", out.stderr)
        if out.verdict == "error":
            raise ProbeError(out.message)
        if out.verdict == "skip":
            pytest.skip(out.message or "skipped without a reason")

    def runtest(self):
        if self.outcome and self.outcome.verdict == "fail":
            raise ProbeFailure(self.outcome.message)

    def _record(self, verdict, message, duration, phases_ms=None):
        record = {
            "id": self.probe_id, "mechanism": self.mechanism, "verdict": verdict,
            "claim": self.meta.get("claim", ""), "reference": self.meta.get("reference", ""),
            "seed": self.meta.get("seed", []), "kind": self.meta.get("kind", ""),
            "layer": self.meta.get("layer", "kernel"), "needs": self.meta.get("needs", []),
            "since": self.meta.get("since", ""),
            "duration_s": round(duration, 4), "message": message,
            "isolation": self.config.ipcprobe.isolation if not self.problem else "",
            "source": self.meta.get("source", f"cases/{self.probe_id}.c"),
        }
        if phases_ms:
            record["phases_ms"] = phases_ms
        self.user_properties.append(("ipcprobe", json.dumps(record)))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (ProbeError, ProbeFailure)):
            word = "ERROR" if isinstance(excinfo.value, ProbeError) else "FAIL"
            lines = [f"{word} {self.probe_id}: {excinfo.value}"]
            if self.meta.get("claim"):
                lines.append(f"  claim:     {self.meta['claim']}")
                lines.append(f"  reference: {self.meta.get('reference', '')}")
            lines.append(f"  explain:   make explain CASE={self.probe_id}")
            return "\n".join(lines)
        return super().repr_failure(excinfo)

    def _repr_failure_py(self, excinfo, style=None):
        # A probe ERROR is raised in setup, where pytest would print a Python traceback.
        if isinstance(excinfo.value, (ProbeError, ProbeFailure)):
            return self.repr_failure(excinfo)
        return super()._repr_failure_py(excinfo, style)

    def reportinfo(self):
        return compat.location_path(self), None, self.probe_id
