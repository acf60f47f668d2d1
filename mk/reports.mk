# Reports: the HTML report checked in a real browser, comparing boxes, the catalogue.
.PHONY: report-check compare catalogue seed-doc boxes

# A page rendered by a real browser (Debian's chromium, headless, no network), checked from
# the DOM it built; a screenshot beside it. As root the browser (and a font for the Chinese of
# the seed audit) is installed when missing.
#   $(call chromium_check,PAGE,SCREENSHOT,CHECK) — CHECK reads the DOM from "$$dom".
CHROMIUM_FLAGS := --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync
CHROMIUM_WINDOW ?= 1280,2400
define chromium_check
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "ipcprobe: installing chromium (apt-get install -y chromium fonts-wqy-microhei)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	      fonts-wqy-microhei >/dev/null; \
	  else echo "ipcprobe: this check needs chromium; as root run: apt-get install -y chromium" \
	    "(elsewhere your distribution's chromium package)" >&2; exit 2; fi; }
	@fc-list :lang=zh 2>/dev/null | grep -q . || { \
	  if [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null || true; \
	  else echo "ipcprobe: no Chinese font: the screenshot shows boxes for the seed's words" \
	    "(apt-get install -y fonts-wqy-microhei)" >&2; fi; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	url="file://$(CURDIR)/$(1)"; \
	flags="$(CHROMIUM_FLAGS) --user-data-dir=$$tmp/profile"; \
	timeout 120 chromium $$flags --dump-dom "$$url" >"$$tmp/dom.html" 2>"$$tmp/log" && \
	timeout 120 chromium $$flags --window-size=$(CHROMIUM_WINDOW) --screenshot="$(CURDIR)/$(2)" \
	  "$$url" >>"$$tmp/log" 2>&1 || { cat "$$tmp/log" >&2; echo "ipcprobe: chromium failed" >&2; exit 1; }; \
	dom="$$tmp/dom.html"; $(3)
endef

# reports/report.html checked against reports/results.json (pytest/report_check.py); a
# screenshot in reports/report.png.
report-check:
	@test -f reports/report.html -a -f reports/results.json || { \
	  echo "ipcprobe: reports/report.html or results.json is missing: run make run first" >&2; exit 2; }
	$(call chromium_check,reports/report.html,reports/report.png,\
	  $(PYTHON) pytest/report_check.py --dom "$$dom" --results reports/results.json && \
	  echo "report-check: screenshot in reports/report.png")

# make boxes [BOXES="a.json b.json ..."]: reports/boxes.html, every box's verdicts as one matrix
# (default: every results file under reports/ and fixtures/baselines/), then checked in
# chromium against those files (pytest/boxes_check.py); a screenshot in reports/boxes.png.
boxes: CHROMIUM_WINDOW = 1400,1600
boxes:
	@$(PYTHON) pytest/boxes.py $(BOXES)
	$(call chromium_check,reports/boxes.html,reports/boxes.png,\
	  $(PYTHON) pytest/boxes_check.py --dom "$$dom" $(BOXES) && \
	  echo "boxes-check: screenshot in reports/boxes.png")

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
