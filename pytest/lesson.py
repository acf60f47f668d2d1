#!/usr/bin/env python3
"""make lesson: learn IPC from failing cases.

The probes of one topic (a mechanism, a probe id or a seed claim SEED-nn) run on this box, then
again under the mutants that break their behaviours (fixtures/mutants, LD_PRELOADed into the
probes only; matched to probes by their `// kills:` lines, as pytest/mutate.py does). For each
behaviour the lesson shows the claim, what the healthy box did, what the broken one did (the
real FAIL message), the lines of the probe that caught it, the man page section, and the
tutorial's sentence when a seed claim is involved.

    lesson.py [--build-dir build] [--topic TOPIC] [--format text|html] [--lang en|zh]
              [--all-mutants] [--jobs N] [--time-scale N] [--output-dir reports]

Without --topic: the topics, with how many behaviours each has. Text goes through `less -R`
when stdout is a terminal (plain otherwise); --format=html writes
<output-dir>/lesson-<topic>.html, one self-contained page. --lang zh (or IPCPROBE_LANG=zh):
the lesson's own words in Chinese. Exit 0 when the lesson was shown, 2 on a bad topic."""
import argparse
import os
import re
import shutil
import subprocess
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pytest"))
import mutate  # noqa: E402
from ipcprobe import seed  # noqa: E402

AT = re.compile(r"\[at ([^:\]\s]+):(\d+)")
REF = re.compile(r"([A-Za-z_][\w.+-]*)\((\d)\)(?:\s+\"([^\"]+)\")?")

# The lesson's frame, in English and in Chinese.
FRAME = {
    "en": {
        "title": "ipcprobe lesson: %s",
        "intro": "%d behaviour(s) of %s. Each was run on this box, then under a mutant: a "
                 "library that breaks exactly that behaviour in the C library the probe calls. "
                 "Read what a healthy box does, what a broken one does, and the lines of the "
                 "probe that told them apart.",
        "claim": "Claim", "reference": "Man page", "seed": "Seed claim", "tutorial": "Tutorial",
        "seed_zh": "中文", "linux_zh": "Linux 实际上",
        "healthy": "Healthy box", "broken": "Broken box", "mutant": "mutant",
        "caught": "Caught at", "also": "Also broken by", "how": "How it is proved",
        "no_mutant": "no mutant breaks this behaviour%s",
        "not_judged": "the healthy box did not pass, so no broken case is shown",
        "not_failed": "this mutant did not make the probe FAIL here (%s)",
        "summary": "%d of %d behaviour(s) shown failing; %d have no mutant; %d could not be "
                   "shown failing on this box.",
        "topics": "Topics for `make lesson TOPIC=...` (behaviours; how many a mutant can break):",
        "mechanism": "mechanism", "behaviours": "behaviours", "with_mutant": "with a mutant",
        "seed_topics": "Seed claims (SEED-nn), with the behaviours that settle each:",
        "probe_topics": "Or one probe id (make list shows all %d).",
    },
    "zh": {
        "title": "ipcprobe 课程：%s",
        "intro": "%d 个行为，来自 %s。每个行为先在本机上运行，再在一个“变异体”下运行：变异体是一个"
                 "共享库，它恰好破坏探针所调用的 C 库中的这一个行为。请对照阅读：健康的系统怎样做，"
                 "被破坏的系统怎样做，以及探针中区分二者的那几行代码。",
        "claim": "声明", "reference": "手册页", "seed": "种子声明", "tutorial": "教程原文",
        "seed_zh": "中文", "linux_zh": "Linux 实际上",
        "healthy": "健康的系统", "broken": "被破坏的系统", "mutant": "变异体",
        "caught": "发现问题的代码", "also": "同样能破坏它的变异体（未运行；ALL=1 运行它们）", "how": "证明方法",
        "no_mutant": "没有变异体能破坏这个行为%s",
        "not_judged": "健康的系统没有通过，因此不展示被破坏的情形",
        "not_failed": "这个变异体在这里没有让探针失败（%s）",
        "summary": "%d 个行为（共 %d 个）展示了失败的情形；%d 个没有变异体；%d 个在本机上无法展示失败。",
        "topics": "`make lesson TOPIC=...` 的主题（行为数；其中有变异体能破坏的个数）：",
        "mechanism": "机制", "behaviours": "行为", "with_mutant": "有变异体",
        "seed_topics": "种子声明（SEED-nn），以及验证每个声明的行为数：",
        "probe_topics": "或者一个探针 id（make list 列出全部 %d 个）。",
    },
}


def language(arg):
    """'zh' or 'en' from --lang, else IPCPROBE_LANG (never the locale's LANG)."""
    value = (arg or os.environ.get("IPCPROBE_LANG") or "en").lower()
    return "zh" if value.startswith("zh") else "en"


# ---- choosing and running ---------------------------------------------------------------
def select(topic, probes):
    """The probe ids of a topic, or None when it names nothing."""
    if topic in probes:
        return [topic]
    mech = sorted(p for p, (_, m) in probes.items() if m["mechanism"] == topic)
    if mech:
        return mech
    if re.fullmatch(r"(?i)seed-\d+", topic):
        key = topic.upper()
        return sorted(p for p, (_, m) in probes.items() if key in (m.get("seed") or [])) or None
    return None


def run_lesson(ids, probes, all_mutants, jobs, scale, build, every=False):
    """{probe id: {"clean": Outcome, "broken": [(mutant, Outcome)], "others": [mutant]}}.
    Each probe runs clean; then, round by round, under its next most specific mutant until one
    makes it FAIL (or, with every=True, under all of them)."""
    isolate, isolation = mutate.launcher(build)

    def task(key, pid, preload):
        binary, meta = probes[pid]
        return (key, binary, pid, meta.get("timeout_s", 4), preload)

    clean = mutate.run_outcomes(jobs, [task(pid, pid, None) for pid in ids], isolate,
                                isolation, scale)
    queue = {pid: mutate.mutants_of(all_mutants, pid) for pid in ids
             if clean[pid].verdict == "pass"}
    broken = {pid: [] for pid in ids}
    while True:
        todo = [(pid, q.pop(0)) for pid, q in queue.items() if q and (
            every or not any(o.verdict == "fail" for _, o in broken[pid]))]
        if not todo:
            break
        got = mutate.run_outcomes(jobs, [task((pid, m), pid, all_mutants[m]["library"])
                                         for pid, m in todo], isolate, isolation, scale)
        for (pid, m), out in got.items():
            broken[pid].append((m, out))
    return {pid: {"clean": clean[pid], "broken": broken[pid],
                  "others": [m for m in mutate.mutants_of(all_mutants, pid)
                             if m not in {n for n, _ in broken[pid]}]}
            for pid in ids}


# ---- what a behaviour is shown with ---------------------------------------------------------
def source_lines(message, around=2):
    """(file:line, [(number, text, is_the_line)]) of the 'at file:line' in a FAIL message."""
    m = AT.search(message or "")
    if not m:
        return None, []
    path, line = m.group(1), int(m.group(2))
    try:
        text = (ROOT / path).read_text(errors="replace").splitlines()
    except OSError:
        return "%s:%d" % (path, line), []
    lo, hi = max(1, line - around), min(len(text), line + 1)
    while lo < line and not text[lo - 1].strip():
        lo += 1
    return "%s:%d" % (path, line), [(n, text[n - 1], n == line) for n in range(lo, hi + 1)]


_MAN_CACHE = {}


def man_excerpt(reference, claim, width=84, most=6):
    """(\"man 7 pipe: I/O on pipes and FIFOs\", [lines]) for the first page and section the
    reference names: the paragraph of that section closest to the claim. No man: no lines."""
    m = next((r for r in REF.finditer(reference or "") if r.group(3)), None)
    if not m:
        return None, []
    page, sec, title = m.groups()
    label = 'man %s %s, "%s"' % (sec, page, title)
    key = (page, sec)
    if key not in _MAN_CACHE:
        try:
            out = subprocess.run(["man", sec, page], capture_output=True, text=True, timeout=20,
                                 env=dict(os.environ, MANWIDTH=str(width), MAN_KEEP_FORMATTING="",
                                          LC_ALL="C.UTF-8")).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        _MAN_CACHE[key] = re.sub(".\b", "", out).splitlines()
    lines = _MAN_CACHE[key]
    start = next((i for i, l in enumerate(lines) if l.strip().lower() == title.lower()), None)
    if start is None:
        return label, []
    body = next((len(l) - len(l.lstrip()) for l in lines[start + 1:] if l.strip()), 0)
    paragraphs, cur = [], []
    for l in lines[start + 1:]:
        if l.strip() and len(l) - len(l.lstrip()) < body:
            break                       # the next heading (or the section's first subsection)
        if l.strip():
            cur.append(l.strip())
        elif cur:
            paragraphs.append(cur)
            cur = []
    if cur:
        paragraphs.append(cur)
    if not paragraphs:
        return label, []
    words = {w for w in re.findall(r"[a-z_]{4,}", (claim or "").lower())}
    best = max(paragraphs, key=lambda p: (len(words & set(re.findall(r"[a-z_]{4,}",
                                                                      " ".join(p).lower()))),
                                          -paragraphs.index(p)))
    return label, best[:most] + (["..."] if len(best) > most else [])


def behaviour(pid, meta, result, all_mutants, claims, words):
    """What the lesson shows of one behaviour (plain data for either format)."""
    seeds = []
    for s in meta.get("seed") or []:
        claim = next((c for c in claims if c[0] == s), (s, "", ""))
        seeds.append({"id": s, "claim": claim[1], "words": words.get(s, {})})
    man_label, man_lines = man_excerpt(meta.get("reference"), meta.get("claim"))
    broken = []
    for name, out in result["broken"]:
        where, lines = source_lines(out.message) if out.verdict == "fail" else (None, [])
        broken.append({"mutant": name, "what": all_mutants[name]["what"], "verdict": out.verdict,
                       "message": out.message, "where": where, "lines": lines})
    return {"id": pid, "claim": meta.get("claim", ""), "reference": meta.get("reference", ""),
            "kind": meta.get("kind", ""), "how": meta.get("how", ""),
            "unmutable": meta.get("unmutable", ""), "seeds": seeds,
            "clean": result["clean"], "broken": broken, "others": result["others"],
            "man": man_label, "man_lines": man_lines}


def shown_failing(b):
    return any(x["verdict"] == "fail" for x in b["broken"])


def summary(items, f):
    has = [b for b in items if b["broken"] or b["others"]]
    failing = sum(1 for b in items if shown_failing(b))
    return f["summary"] % (failing, len(items), len(items) - len(has), len(has) - failing)


# ---- text ---------------------------------------------------------------------------------
class Style:
    def __init__(self, color):
        self.color = color

    def __call__(self, code, text):
        return "\033[%sm%s\033[0m" % (code, text) if self.color else text


def render_text(topic, items, lang, color=False, width=92):
    f, st = FRAME[lang], Style(color)
    out = [st("1", f["title"] % topic), ""]
    out += seed.wrap_wide(f["intro"] % (len(items), topic), width) + [""]
    verdict_style = {"pass": "32", "fail": "31;1", "skip": "2", "error": "33"}

    colon = "：" if lang == "zh" else ": "

    def field(label, text, indent="  "):
        head = "%s%s%s" % (indent, label, colon)
        wrapped = seed.wrap_wide(text, width - seed._columns(head))
        return [head + wrapped[0]] + [" " * seed._columns(head) + w for w in wrapped[1:]] \
            if wrapped else [head]

    for n, b in enumerate(items, 1):
        out.append(st("1;36", "── %d/%d  %s " % (n, len(items), b["id"])) + st("36", "─" * 20))
        out += field(f["claim"], b["claim"])
        for s in b["seeds"]:
            w = s["words"]
            out += field(f["seed"], "%s (%s)" % (s["id"], b["kind"] or "settles"))
            if lang == "zh" and w.get("zh"):
                out += field(f["seed_zh"], w["zh"], "    ")
                if b["kind"] == "corrects" and w.get("linux_zh"):
                    out += field(f["linux_zh"], w["linux_zh"], "    ")
            else:
                out += field("claim", _plain_md(s["claim"]), "    ")
            for q in w.get("quotes", []):
                out += field(f["tutorial"], seed.quote_line(q), "    ")
        c = b["clean"]
        out += field(f["healthy"], st(verdict_style.get(c.verdict, "0"), c.verdict.upper())
                     + (" — " + c.message if c.message else ""))
        if c.verdict != "pass":
            out += field(f["broken"], f["not_judged"])
        elif not b["broken"]:
            out += field(f["broken"], f["no_mutant"] % (
                " (" + b["unmutable"] + ")" if b["unmutable"] else ""))
        for x in b["broken"]:
            out += field(f["broken"], "%s %s — %s" % (f["mutant"], x["mutant"], x["what"]))
            if x["verdict"] == "fail":
                out += field("FAIL", x["message"], "    ")
                if x["where"]:
                    out += field(f["caught"], x["where"], "    ")
                    for num, text, mark in x["lines"]:
                        line = "      %s%5d | %s" % (">" if mark else " ", num, text)
                        out.append(st("1", line) if mark else line)
            else:
                out += field(x["verdict"].upper(), f["not_failed"] % (
                    x["message"] or x["verdict"]), "    ")
        if b["others"]:
            out += field(f["also"], ", ".join(b["others"]))
        out += field(f["reference"], b["reference"])
        if b["man"] and b["man_lines"]:
            out.append("    " + st("2", b["man"]))
            out += ["      " + l for l in b["man_lines"]]
        out.append("")
    out += seed.wrap_wide(summary(items, f), width)
    return "\n".join(out) + "\n"


def _plain_md(text):
    return text.replace("`", "").replace("*", "")


def page(text):
    """Through less -R on a terminal (plain when there is no less or no terminal)."""
    less = shutil.which("less")
    if sys.stdout.isatty() and less:
        env = dict(os.environ, LESSCHARSET="utf-8")
        proc = subprocess.Popen([less, "-R"], stdin=subprocess.PIPE, env=env)
        try:
            proc.communicate(text.encode("utf-8"))
        except (BrokenPipeError, KeyboardInterrupt):
            pass
        return
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


# ---- html ---------------------------------------------------------------------------------
CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:1em 2em;color:#222}
[lang=zh]{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif}
article{border:1px solid #ddd;border-left:6px solid #1a4fa0;margin:1.2em 0;padding:.5em 1em}
article h2{font:bold 1.05em monospace;margin:.3em 0}
dl{display:grid;grid-template-columns:minmax(6em,11em) minmax(0,1fr);gap:.25em 1em;margin:.4em 0}
dt{font-weight:bold;color:#555}dd{margin:0;min-width:0;overflow-wrap:anywhere}
.message{font-family:monospace;white-space:pre-wrap}
.pass{color:#176b2c}.fail{color:#b00020}.skip{color:#666}.error{color:#8a3d00}.v{font-weight:bold}
pre{background:#f7f7f7;border:1px solid #e3e3e3;padding:.5em;overflow-x:auto;font-size:13px}
pre b{background:#fde7ea}blockquote{margin:.2em 0;padding-left:.6em;border-left:3px solid #ccc}
"""


def render_html(topic, items, lang):
    f = FRAME[lang]
    parts = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">' % lang,
             "<title>%s</title><style>%s</style></head><body>" % (escape(f["title"] % topic), CSS),
             "<h1>%s</h1><p>%s</p>" % (escape(f["title"] % topic),
                                        escape(f["intro"] % (len(items), topic)))]
    for b in items:
        rows = [("claim", escape(b["claim"]))]
        for s in b["seeds"]:
            w = s["words"]
            text = "%s (%s)" % (escape(s["id"]), escape(b["kind"] or "settles"))
            if lang == "zh" and w.get("zh"):
                text += '<br><span lang="zh">%s：%s</span>' % (f["seed_zh"], escape(w["zh"]))
                if b["kind"] == "corrects" and w.get("linux_zh"):
                    text += '<br><span lang="zh">%s：%s</span>' % (f["linux_zh"],
                                                                  escape(w["linux_zh"]))
            else:
                text += "<br>" + escape(_plain_md(s["claim"]))
            text += "".join('<blockquote lang="zh">%s</blockquote>' % escape(seed.quote_line(q))
                            for q in w.get("quotes", []))
            rows.append(("seed", text))
        c = b["clean"]
        rows.append(("healthy", '<span class="v %s">%s</span> %s' % (
            c.verdict, c.verdict.upper(), escape(c.message))))
        if c.verdict != "pass":
            rows.append(("broken", escape(f["not_judged"])))
        elif not b["broken"]:
            rows.append(("broken", escape(f["no_mutant"] % (
                " (" + b["unmutable"] + ")" if b["unmutable"] else ""))))
        for x in b["broken"]:
            text = "%s <code>%s</code> — %s<br>" % (f["mutant"], escape(x["mutant"]),
                                                    escape(x["what"]))
            if x["verdict"] == "fail":
                text += '<span class="v fail">FAIL</span> <span class="message">%s</span>' % (
                    escape(x["message"]))
                if x["where"]:
                    code = "\n".join(("<b>%5d | %s</b>" if mark else "%5d | %s")
                                     % (num, escape(t)) for num, t, mark in x["lines"])
                    text += "<br>%s: <code>%s</code><pre>%s</pre>" % (
                        f["caught"], escape(x["where"]), code)
            else:
                text += '<span class="v %s">%s</span> %s' % (
                    x["verdict"], x["verdict"].upper(),
                    escape(f["not_failed"] % (x["message"] or x["verdict"])))
            rows.append(("broken", text))
        if b["others"]:
            rows.append(("also", escape(", ".join(b["others"]))))
        man = escape(b["reference"])
        if b["man_lines"]:
            man += "<pre>%s\n%s</pre>" % (escape(b["man"]), escape("\n".join(b["man_lines"])))
        rows.append(("reference", man))
        parts.append('<article id="%s" data-probe="%s" data-shown-failing="%s"><h2>%s</h2><dl>%s'
                     "</dl></article>" % (
                         escape(b["id"].replace("/", "-")), escape(b["id"]),
                         "yes" if shown_failing(b) else "no", escape(b["id"]),
                         "".join('<dt>%s</dt><dd>%s</dd>' % (escape(f[k]), v) for k, v in rows)))
    parts.append("<p id='summary'>%s</p></body></html>" % escape(summary(items, f)))
    return "\n".join(parts) + "\n"


# ---- the topics -----------------------------------------------------------------------------
def topics_text(probes, all_mutants, claims, lang):
    f = FRAME[lang]
    per = {}
    for pid, (_, meta) in probes.items():
        c = per.setdefault(meta["mechanism"], [0, 0])
        c[0] += 1
        c[1] += 1 if mutate.mutants_of(all_mutants, pid) else 0
    out = [f["topics"], "", "  %-10s %10s %14s" % (f["mechanism"], f["behaviours"],
                                                   f["with_mutant"])]
    out += ["  %-10s %10d %14d" % (m, c[0], c[1]) for m, c in sorted(per.items())]
    out += ["", f["seed_topics"]]
    cells = ["%s (%d)" % (s, sum(1 for _, m in probes.values() if s in (m.get("seed") or [])))
             for s, _, _ in claims]
    out += ["  " + "  ".join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    out += ["", f["probe_topics"] % len(probes),
            "", "make lesson TOPIC=pipe   make lesson TOPIC=SEED-12   "
                "make lesson TOPIC=pipe FORMAT=html   make lesson TOPIC=fifo LANG=zh"]
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--topic", help="a mechanism, a probe id or SEED-nn (none: list topics)")
    ap.add_argument("--format", choices=["text", "html"], default="text")
    ap.add_argument("--lang", help="zh: the lesson's words in Chinese (default: IPCPROBE_LANG, "
                                   "else English)")
    ap.add_argument("--all-mutants", action="store_true",
                    help="every mutant of every behaviour, not only the first that fails it")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--time-scale", type=float, default=1.0)
    ap.add_argument("--output-dir", default=str(ROOT / "reports"))
    args = ap.parse_args(argv)
    lang = language(args.lang)
    build = (ROOT / args.build_dir).resolve()
    probes, all_mutants = mutate.probes(build), mutate.mutants(build)
    claims, words = seed.load_claims(ROOT), seed.load_words(ROOT)
    if not args.topic:
        page(topics_text(probes, all_mutants, claims, lang))
        return 0
    ids = select(args.topic, probes)
    if ids is None:
        print("lesson: '%s' is no mechanism, probe id or seed claim with a probe "
              "(make lesson lists the topics)" % args.topic, file=sys.stderr)
        return 2
    for name in {m for pid in ids for m in mutate.mutants_of(all_mutants, pid)}:
        if not os.path.exists(all_mutants[name]["library"]):
            sys.exit("lesson: %s missing: run make mutants" % all_mutants[name]["library"])
    results = run_lesson(ids, probes, all_mutants, args.jobs, args.time_scale, build,
                         args.all_mutants)
    topic = args.topic.upper() if args.topic.lower().startswith("seed-") else args.topic
    items = [behaviour(pid, probes[pid][1], results[pid], all_mutants, claims, words)
             for pid in ids]
    if args.format == "html":
        out = Path(args.output_dir) / ("lesson-%s.html" % topic.replace("/", "-"))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_html(topic, items, lang), encoding="utf-8")
        shown = os.path.relpath(out)
        print("lesson: %s (%s)" % (out if shown.startswith("..") else shown,
                                   summary(items, FRAME[lang])))
        return 0
    tty = sys.stdout.isatty()
    width = max(60, min(100, shutil.get_terminal_size((92, 24)).columns - 1)) if tty else 92
    page(render_text(topic, items, lang, color=tty, width=width))
    return 0


if __name__ == "__main__":
    sys.exit(main())
