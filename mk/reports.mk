# Reports: the HTML report checked in a real browser, comparing boxes, the catalogue.
.PHONY: report-check compare catalogue seed-doc

# reports/report.html rendered by a real browser (Debian's chromium, headless, no network),
# checked from the DOM it built (pytest/report_check.py); a screenshot in reports/report.png.
CHROMIUM_FLAGS := --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync
report-check:
	@test -f reports/report.html -a -f reports/results.json || { \
	  echo "ipcprobe: reports/report.html or results.json is missing: run make run first" >&2; exit 2; }
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "ipcprobe: installing chromium (apt-get install -y chromium)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "ipcprobe: report-check needs chromium; as root run: apt-get install -y chromium" \
	    "(elsewhere your distribution's chromium package)" >&2; exit 2; fi; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	url="file://$(CURDIR)/reports/report.html"; \
	flags="$(CHROMIUM_FLAGS) --user-data-dir=$$tmp/profile"; \
	timeout 120 chromium $$flags --dump-dom "$$url" >"$$tmp/dom.html" 2>"$$tmp/log" && \
	timeout 120 chromium $$flags --window-size=1280,2400 --screenshot="$(CURDIR)/reports/report.png" \
	  "$$url" >>"$$tmp/log" 2>&1 || { cat "$$tmp/log" >&2; echo "ipcprobe: chromium failed" >&2; exit 1; }; \
	$(PYTHON) pytest/report_check.py --dom "$$tmp/dom.html" --results reports/results.json && \
	echo "report-check: screenshot in reports/report.png"

# Verdicts that differ between boxes; exit 1 when something that passed on BASE fails or
# errors on NEW (MORE: further results files, shown side by side).
compare:
	@test -n "$(BASE)" -a -n "$(NEW)" || { \
	  echo "usage: make compare BASE=a.json NEW=b.json [MORE=\"c.json ...\"]" >&2; exit 2; }
	@$(PYTHON) pytest/compare.py $(BASE) $(NEW) $(MORE)

# docs/CATALOGUE.md: every behaviour, from the built probes' metadata (--list).
catalogue: build
	@$(PYTHON) pytest/catalogue.py --build-dir=$(BUILD) --output=docs/CATALOGUE.md

# docs/SEED_CLAIMS.md, second part: each claim in the tutorial's own words (docs/seed_zh.json).
seed-doc:
	@$(PYTHON) pytest/seed_doc.py
