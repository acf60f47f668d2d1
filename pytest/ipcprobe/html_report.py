"""reports/report.html: one self-contained page a person opens in a browser (no network,
no script): the box, verdict counts per mechanism, every FAIL and ERROR with its claim,
message, reference and source, and the seed audit. Standard library only.

Stable hooks for tests: id="box", id="counts" (rows class="mechanism" data-mechanism=..., cells
data-verdict=...; the last row class="total"), id="failures" (one class="problem" per FAIL/ERROR,
data-probe=<id> data-verdict=...), id="seed-audit" (rows class="seed" id=<SEED-nn>
data-status=..., the tutorial's words in td.quote > blockquote.quote, the Chinese rendering in
td.claim > p.zh, what Linux does in p.zh.linux), id="all-probes" (rows class="probe" data-probe=... data-verdict=...)."""
import re
from collections import Counter
from html import escape
from pathlib import Path

from . import seed

VERDICTS = ("pass", "fail", "skip", "error")
STATUSES = ("confirmed", "corrected", "not settled", "no probe")

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#222}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
nav a{margin-right:1em}table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#f8f8f8}
.pass{color:#176b2c}.fail{color:#b00020}.error{color:#8a3d00}.skip{color:#666}
td.n.zero{color:#bbb}
.v{font-weight:bold;text-transform:uppercase;font-size:.85em}
article.problem{border:1px solid #ddd;border-left:6px solid #b00020;padding:.4em 1em;margin:1em 0}
article.problem[data-verdict=error]{border-left-color:#d46b00}
article.problem h3{margin:.3em 0;font-family:monospace;font-size:1.05em}
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:.4em 0}
dt{font-weight:bold;color:#555}dd{margin:0}
dd.message{font-family:monospace;white-space:pre-wrap}
pre{background:#f7f7f7;border:1px solid #e3e3e3;padding:.6em;overflow-x:auto;font-size:12px}
details summary{cursor:pointer;color:#0645ad}
tr.seed td.status,tr.seed td:first-child{font-weight:bold;white-space:nowrap}
#seed-audit table{table-layout:fixed;width:100%}#seed-audit td{overflow-wrap:anywhere}
ul.probes{font-size:.85em}
[lang=zh]{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Noto Sans SC",sans-serif}
p.zh{margin:.35em 0 0;color:#444}p.zh.linux{color:#1a4fa0}blockquote.quote{margin:0 0 .3em;
padding-left:.5em;border-left:3px solid #ccc;color:#333}span.section{color:#777;font-size:.85em}
tr.seed[data-status=confirmed] td.status{color:#176b2c}
tr.seed[data-status=corrected] td.status{color:#1a4fa0}
tr.seed[data-status="not settled"] td.status{color:#b00020}
tr.seed[data-status="no probe"] td.status{color:#888}
ul.probes{margin:0;padding-left:1.1em}code{font-size:.92em;background:#f3f3f3;padding:0 .2em}
p.ok{color:#176b2c;font-weight:bold}
"""


def render(data, settings):
    """The page for results.json's data; probe sources are read relative to settings.root
    (or, when the recorded path is absent, as <settings.cases>/<id>.c)."""
    probes = data.get("probes", [])
    b = data.get("box", {})
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>ipcprobe report: %s</title>" % escape(_box_line(b)),
        "<style>%s</style></head><body>" % CSS,
        "<h1>ipcprobe report</h1>",
        '<p id="summary">%s</p>' % escape(_summary(probes, data.get("seed_audit", []), b)),
        '<nav><a href="#box-facts">box</a><a href="#counts-section">counts</a>'
        '<a href="#failures">failures and errors</a><a href="#seed-audit">seed audit</a>'
        '<a href="#all-probes">all probes</a></nav>',
        _box(b),
        _counts(probes),
        _failures(probes, Path(settings.root), Path(settings.cases)),
        _seed_audit(data.get("seed_audit", []), seed.load_words(settings.root)),
        _all_probes(probes),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _box_line(b):
    return "Linux %s (%s), %s %s, %s, %s/%s, uid %s, isolation %s" % (
        b.get("kernel"), b.get("distro"), b.get("libc"), b.get("libc_version"),
        b.get("compiler"), b.get("architecture"), b.get("bits"), b.get("uid"), b.get("isolation"))


def _summary(probes, audit, b):
    n = Counter(p["verdict"] for p in probes)
    s = Counter(a["status"] for a in audit)
    text = "%d probes: %s." % (len(probes), ", ".join("%d %s" % (n[v], v) for v in VERDICTS))
    if audit:
        text += " Seed claims: %s." % ", ".join("%d %s" % (s[x], x) for x in STATUSES if s[x])
    if b.get("date"):
        text += " Run at %s." % b["date"]
    return text


def _box(b):
    rows = [
        ("kernel", "%s %s" % (b.get("kernel", "?"), b.get("kernel_version", ""))),
        ("runs on", b.get("runs_on", "host")),
        ("conditions", b.get("conditions") or "none"),
        ("distribution", b.get("distro")),
        ("C library (probes)", "%s %s (%s link)" % (b.get("libc"), b.get("libc_version"),
                                                    b.get("link"))),
        ("C library (host Python)", b.get("host_libc")),
        ("compiler", b.get("compiler")),
        ("architecture", "%s, %s-bit" % (b.get("architecture"), b.get("bits"))),
        ("uid", b.get("uid")),
        ("isolation", b.get("isolation")),
        ("CPUs", b.get("cpus")),
        ("date", b.get("date")),
    ]
    sysctl = sorted((b.get("sysctl") or {}).items())
    return ('<section id="box-facts"><h2>The box</h2><table id="box">%s</table>'
            '<details id="sysctl"><summary>IPC limits (%d sysctls)</summary><table>%s</table>'
            '</details></section>' % (_rows(rows), len(sysctl), _rows(sysctl)))


def _rows(pairs):
    return "".join('<tr><th>%s</th><td>%s</td></tr>' % (escape(k), escape(str(v)))
                   for k, v in pairs)


def _counts(probes):
    per = {}
    for p in probes:
        per.setdefault(p["mechanism"], Counter())[p["verdict"]] += 1
    total = Counter(p["verdict"] for p in probes)

    def cells(c):
        return "".join('<td class="n %s%s" data-verdict="%s">%d</td>'
                       % (v, "" if c[v] else " zero", v, c[v]) for v in VERDICTS)

    head = "<tr><th>mechanism</th>%s<th>total</th></tr>" % "".join(
        '<th class="%s">%s</th>' % (v, v) for v in VERDICTS)
    rows = ['<tr class="mechanism" data-mechanism="%s"><th>%s</th>%s<td class="n">%d</td></tr>'
            % (escape(m), escape(m), cells(per[m]), sum(per[m].values())) for m in sorted(per)]
    rows.append('<tr class="total" data-mechanism="total"><td>total</td>%s'
                '<td class="n">%d</td></tr>' % (cells(total), len(probes)))
    return ('<section id="counts-section"><h2>Verdicts per mechanism</h2>'
            '<table id="counts">%s%s</table></section>' % (head, "".join(rows)))


def _failures(probes, root, cases_dir):
    bad = [p for p in probes if p["verdict"] in ("fail", "error")]
    out = ['<section id="failures"><h2>Failures and errors (%d)</h2>' % len(bad)]
    if not bad:
        out.append('<p class="ok">No probe failed or erred.</p>')
    for p in bad:
        source, text = _source(p, root, cases_dir)
        out.append(
            '<article class="problem" id="probe-%s" data-probe="%s" data-verdict="%s">'
            '<h3><span class="v %s">%s</span> %s</h3><dl>'
            "<dt>claim</dt><dd>%s</dd>"
            '<dt>%s</dt><dd class="message">%s</dd>'
            "<dt>reference</dt><dd>%s</dd>"
            "<dt>seed</dt><dd>%s</dd>"
            "<dt>explain</dt><dd><code>make explain CASE=%s</code></dd></dl>"
            "<details><summary>source: %s</summary><pre><code>%s</code></pre></details>"
            "</article>" % (
                _anchor(p["id"]), escape(p["id"]), p["verdict"], p["verdict"],
                p["verdict"].upper(), escape(p["id"]),
                escape(p.get("claim") or "(no claim: the probe gave no metadata)"),
                "expected vs observed" if p["verdict"] == "fail" else "why it could not judge",
                escape(p.get("message", "")),
                escape(p.get("reference") or "-"),
                escape(_seed_text(p)),
                escape(p["id"]), escape(source), escape(text)))
    out.append("</section>")
    return "".join(out)


def _source(p, root, cases_dir):
    """(path shown, text) of the probe's source, or a note that it cannot be read."""
    rel = p.get("source") or "cases/%s.c" % p["id"]
    candidates = [root / rel]
    if cases_dir is not None:
        candidates.append(cases_dir / ("%s.c" % p["id"]))
    for path in candidates:
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        try:
            shown = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            shown = str(path)
        return shown, text
    return rel, "(source not found: %s)" % rel


def _seed_text(p):
    seeds = p.get("seed") or []
    if not seeds:
        return "-"
    return "%s (%s)" % (", ".join(seeds), p.get("kind") or "?")


def _seed_audit(audit, words):
    n = Counter(a["status"] for a in audit)
    out = ['<section id="seed-audit"><h2>Seed audit: %d claims of the tutorial</h2>' % len(audit),
           "<p>Each claim of <code>docs/SEED_CLAIMS.md</code>: <b>confirmed</b> or "
           "<b>corrected</b> "
           "when every probe naming it passed; <b>not settled</b> when one of them did not pass on "
           "this box; <b>no probe</b> when no probe that ran names it. %s</p>"
           % escape(", ".join("%d %s" % (n[s], s) for s in STATUSES if n[s])),
           "<p>Beside each claim: the tutorial's own words it comes from (原文, with the "
           "tutorial's section number), the claim in Chinese (中文) and, for a correction, what "
           "Linux really does (Linux 实际上) — from <code>docs/seed_zh.json</code>.</p>",
           '<table><tr><th style="width:6.5em">id</th><th style="width:34%">claim / 中文</th>'
           '<th style="width:21%">tutorial (原文)</th><th style="width:7em">reference</th>'
           '<th style="width:6.5em">status</th><th>probes</th></tr>']
    for a in audit:
        probes = "".join('<li><span class="v %s">%s</span> <a href="#probe-%s">%s</a>%s</li>'
                         % (q["verdict"], q["verdict"], _anchor(q["id"]), escape(q["id"]),
                            " (%s)" % escape(q["kind"]) if q.get("kind") else "")
                         for q in a.get("probes", []))
        w = words.get(a["id"], {})
        out.append('<tr class="seed" id="%s" data-status="%s"><td>%s</td><td class="claim">%s%s'
                   '</td><td class="quote">%s</td><td>%s</td><td class="status">%s</td>'
                   '<td>%s</td></tr>'
                   % (escape(a["id"]), escape(a["status"]), escape(a["id"]),
                      _inline_markdown(a["claim"]), _zh_lines(w), _quotes(w),
                      escape(a["reference"]), escape(a["status"]),
                      '<ul class="probes">%s</ul>' % probes if probes else "-"))
    out.append("</table></section>")
    return "".join(out)


def _quotes(words):
    """The tutorial's sentences a claim comes from, each with its section."""
    return "".join('<blockquote class="quote" lang="zh" data-section="%s"><span class="section">'
                   '§%s</span> %s</blockquote>' % (escape(q["section"]), escape(q["section"]),
                                                   escape(q["text"]))
                   for q in words.get("quotes", [])) or "-"


def _zh_lines(words):
    out = ""
    if words.get("zh"):
        out += '<p class="zh" lang="zh">中文：%s</p>' % escape(words["zh"])
    if words.get("linux_zh"):
        out += '<p class="zh linux" lang="zh">Linux 实际上：%s</p>' % escape(words["linux_zh"])
    return out


def _all_probes(probes):
    rows = "".join('<tr class="probe" data-probe="%s" data-verdict="%s"%s><td>%s</td>'
                   '<td class="v %s">%s</td><td class="n">%.3f</td><td>%s</td></tr>'
                   % (escape(p["id"]), p["verdict"],
                      "" if p["verdict"] in ("fail", "error")
                      else ' id="probe-%s"' % _anchor(p["id"]),
                      escape(p["id"]), p["verdict"], p["verdict"], p.get("duration_s") or 0,
                      escape(p.get("message") or p.get("claim", "")))
                   for p in probes)
    return ('<section><h2>All probes</h2><details id="all-probes"><summary>%d probes: verdict, '
            'seconds, message (or claim)</summary><table><tr><th>probe</th><th>verdict</th>'
            '<th>s</th><th>message or claim</th></tr>%s</table></details></section>'
            % (len(probes), rows))


def _anchor(probe_id):
    return escape(probe_id.replace("/", "-"))


_CODE = re.compile(r"`([^`]+)`")
_EMPH = re.compile(r"\*([^*]+)\*")


def _inline_markdown(text):
    """The seed claims' `code` and *emphasis* as HTML (everything else escaped)."""
    spans = []

    def hold(m):
        spans.append("<code>%s</code>" % m.group(1))
        return "\0%d\0" % (len(spans) - 1)

    held = _EMPH.sub(r"<em>\1</em>", _CODE.sub(hold, escape(text)))
    return re.sub("\0(\\d+)\0", lambda m: spans[int(m.group(1))], held)
