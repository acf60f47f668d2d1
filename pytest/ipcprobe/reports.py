"""Reports of a run: results.json, results.tap, the terminal summary (junit.xml is pytest's).
Runs on the controller only (under xdist the workers' reports arrive here)."""
import json
import os
from collections import Counter, OrderedDict
from pathlib import Path

from . import box, html_report, seed

VERDICTS = ("pass", "fail", "skip", "error")


class Collector:
    def __init__(self, config):
        self.config = config
        self.records = OrderedDict()

    def pytest_runtest_logreport(self, report):
        for key, value in report.user_properties:
            if key == "ipcprobe":
                record = json.loads(value)
                self.records[record["id"]] = record

    def results(self):
        settings = self.config.ipcprobe
        probes = sorted(self.records.values(), key=lambda r: r["id"])
        isolation = next((p["isolation"] for p in probes if p.get("isolation")), None)
        facts = box.facts(settings.isolate, isolation or "not determined")
        return {
            "box": facts,
            "counts": dict(Counter(p["verdict"] for p in probes)),
            "probes": probes,
            "seed_audit": seed.audit(seed.load_claims(settings.root), probes),
        }

    def pytest_sessionfinish(self, session, exitstatus):
        if self.config.option.no_reports or not self.records:
            return
        out = Path(self.config.rootpath) / self.config.option.reports_dir
        out.mkdir(parents=True, exist_ok=True)
        self.data = self.results()
        _write(out / "results.json", json.dumps(self.data, indent=1) + "\n")
        _write(out / "results.tap", tap(self.data["probes"]))
        _write(out / "report.html", html_report.render(self.data, self.config.ipcprobe))
        self.written = [out / "results.json", out / "results.tap", out / "report.html"]
        xml = getattr(self.config.option, "xmlpath", None)
        if xml:
            self.written.append(Path(xml))

    def pytest_terminal_summary(self, terminalreporter, exitstatus, config):
        tr = terminalreporter
        if not self.records:
            if exitstatus == 5 and (config.option.keyword or config.option.markexpr):
                tr.write_line(f"ipcprobe: no probe matched -k '{config.option.keyword}' "
                              f"-m '{config.option.markexpr}' (make list shows every id)", red=True)
            return
        data = getattr(self, "data", None) or self.results()
        tr.write_sep("=", "ipcprobe summary")
        b = data["box"]
        where = "" if b.get("runs_on", "host") == "host" else f" on {b['runs_on']}"
        if b.get("conditions"):
            where += f" ({b['conditions']})"
        tr.write_line(f"box: Linux {b['kernel']}{where} ({b['distro']}), {box.libc_text(b)}, "
                      f"{b['compiler']}, {b['architecture']}/{b['bits']}, uid {b['uid']}, "
                      f"isolation {b['isolation']}")
        counts = {}
        for p in data["probes"]:
            counts.setdefault(p["mechanism"], Counter())[p["verdict"]] += 1
        tr.write_line(f"{'mechanism':<12}" + "".join(f"{v:>7}" for v in VERDICTS))
        total = Counter()
        for mech in sorted(counts):
            total.update(counts[mech])
            tr.write_line(f"{mech:<12}" + "".join(f"{counts[mech][v]:>7}" for v in VERDICTS))
        tr.write_line(f"{'total':<12}" + "".join(f"{total[v]:>7}" for v in VERDICTS))
        for p in data["probes"]:
            if p["verdict"] in ("fail", "error"):
                tr.write_line(f"{p['verdict'].upper()} {p['id']}: {p['message']}",
                              red=True)
        absent = [p for p in data["probes"] if p["verdict"] == "skip" and p.get("since")]
        if absent:
            tr.write_line(f"not on this kernel ({b['kernel']}): " + ", ".join(
                f"{p['id']} (since {p['since']})" for p in absent))
        audit = Counter(s["status"] for s in data["seed_audit"])
        if audit:
            tr.write_line("seed claims: " + ", ".join(f"{n} {s}" for s, n in sorted(audit.items())))
        for path in getattr(self, "written", []):
            tr.write_line(f"report: {os.path.relpath(path)}")


def tap(probes):
    lines = ["TAP version 13", f"1..{len(probes)}"]
    for n, p in enumerate(probes, 1):
        msg = p["message"].replace("#", "\\#")
        if p["verdict"] == "pass":
            lines.append(f"ok {n} - {p['id']}")
        elif p["verdict"] == "skip":
            lines.append(f"ok {n} - {p['id']} # SKIP {msg}")
        else:
            lines.append(f"not ok {n} - {p['id']}")
            lines.append(f"  ---\n  verdict: {p['verdict']}\n  message: {json.dumps(msg)}\n  ...")
    return "\n".join(lines) + "\n"


def _write(path, text):
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text)
    tmp.replace(path)
