# ipcprobe — a conformance suite for Linux IPC.  `make help` lists the targets.
SHELL := /bin/bash
CC ?= cc
ifeq ($(origin CC),default)
CC := cc
endif
CFLAGS ?= -O2 -g
WARN := -Wall -Wextra -Wno-missing-field-initializers -Wno-unused-parameter -Wno-format-truncation
CPPFLAGS += -D_GNU_SOURCE -Iharness
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)
LDLIBS += -lpthread -lrt
BUILD ?= build
# Debian's pytest lives in /usr/bin/python3; elsewhere python3 on PATH.
PYTHON ?= $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)
JOBS ?= auto
V ?= 0
ifeq ($(V),0)
Q := @
endif

# MECH=pipe (or "pipe fifo") limits the build to those mechanisms.
MECH ?= *
PROBE_SRCS := $(sort $(foreach m,$(MECH),$(wildcard cases/$(m)/*.c)))
PROBES := $(patsubst cases/%.c,$(BUILD)/probes/%,$(PROBE_SRCS))
HARNESS_SRCS := $(filter-out harness/isolate.c,$(wildcard harness/*.c))
HARNESS_HEADERS := $(wildcard harness/*.h)
HARNESS_OBJS := $(patsubst harness/%.c,$(BUILD)/harness/%.o,$(HARNESS_SRCS))
HELPER_SRCS := $(wildcard harness/helpers/*.c)
HELPERS := $(patsubst harness/helpers/%.c,$(BUILD)/helpers/%,$(HELPER_SRCS))
ISOLATE := $(BUILD)/ipcprobe-isolate
MUTANT_SRCS := $(wildcard fixtures/mutants/*.c)
MUTANTS := $(patsubst fixtures/mutants/%.c,$(BUILD)/mutants/%.so,$(MUTANT_SRCS))

.PHONY: all build deps run check selftest mutate bench list explain help clean mutants fixture-probes
.PHONY: report-check compare catalogue
all: build

help:
	@echo "make run       build and run every probe against this box; reports in reports/"
	@echo "make check     the project's own tests (harness, runner) and the full conformance run"
	@echo "make deps      install what building and running need (Debian/Ubuntu apt, others named)"
	@echo "make build     compile the probes into $(BUILD)/"
	@echo "make explain CASE=<id>   the probe's claim, seed claim, last verdict and source"
	@echo "make report-check        render reports/report.html in headless chromium and check it"
	@echo "make compare BASE=a.json NEW=b.json [MORE=\"c.json ...\"]   verdicts that differ between boxes"
	@echo "make catalogue           regenerate docs/CATALOGUE.md from the built probes"
	@echo "options: CASE=<id>  K=<expr> (pytest -k)  M=<markers> (pytest -m)  JOBS=N|auto"
	@echo "         PRELOAD=<lib.so> (LD_PRELOAD into probes only)  ISOLATION=auto|ns|userns|none"
	@echo "         TIME_SCALE=N (stretch every bound)  V=1 (show commands)"

build: deps-check $(ISOLATE) $(HELPERS) $(PROBES)

mutants: $(MUTANTS)

# Probes that misbehave on purpose, for the runner's own tests (pytest/tests).
FIXTURE_PROBE_SRCS := $(wildcard fixtures/probes/*/*.c)
FIXTURE_PROBES := $(patsubst fixtures/probes/%.c,$(BUILD)/fixture-probes/%,$(FIXTURE_PROBE_SRCS))
fixture-probes: $(FIXTURE_PROBES)

$(BUILD)/fixture-probes/%: fixtures/probes/%.c $(BUILD)/libprobe.a $(HARNESS_HEADERS)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -DPROBE_ID='"$*"' $< -o $@ \
	    $(LDFLAGS) $(BUILD)/libprobe.a $(CHECK_LIBS) $(LDLIBS)

$(BUILD)/mutants/%.so: fixtures/mutants/%.c fixtures/mutants/mutant.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Ifixtures/mutants -shared -fPIC $< -o $@ -ldl

$(BUILD)/harness/%.o: harness/%.c $(HARNESS_HEADERS)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -fPIC -c $< -o $@

$(BUILD)/libprobe.a: $(HARNESS_OBJS)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/probes/%: cases/%.c $(BUILD)/libprobe.a $(HARNESS_HEADERS)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC    $*")
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -DPROBE_ID='"$*"' $< -o $@ \
	    $(LDFLAGS) $(BUILD)/libprobe.a $(CHECK_LIBS) $(LDLIBS)

$(BUILD)/helpers/%: harness/helpers/%.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $< -o $@ $(LDFLAGS) $(LDLIBS)

$(ISOLATE): harness/isolate.c harness/box.c harness/box.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) harness/isolate.c harness/box.c -o $@ $(LDFLAGS)

# Optional groups of targets, one file each (bundle, matrix, ...).
include $(wildcard mk/*.mk)

clean:
	rm -rf $(BUILD) reports/*.json reports/*.xml reports/*.html reports/*.md reports/*.tap reports/*.png

.PHONY: deps-check
deps-check:
	@pkg-config --exists check 2>/dev/null || { echo "ipcprobe: Check is not installed (run: make deps)" >&2; exit 2; }

deps:
	@PYTHON=$(PYTHON) CC=$(CC) sh tools/deps.sh

# ---- running ------------------------------------------------------------------------
PYTEST := $(PYTHON) -m pytest
ifneq ($(filter-out 0 1,$(JOBS)),)
PYTEST_JOBS := -n $(JOBS)
endif
RUN_ARGS := $(PYTEST_JOBS) --build-dir=$(BUILD) \
	$(if $(CASE),$(foreach c,$(CASE),--case=$(c))) $(if $(K),-k "$(K)") $(if $(M),-m "$(M)") \
	$(if $(PRELOAD),--probe-preload=$(PRELOAD)) $(if $(ISOLATION),--isolation=$(ISOLATION)) \
	$(if $(TIME_SCALE),--time-scale=$(TIME_SCALE)) $(if $(filter-out 0,$(V)),-v -rA,-q) \
	--junitxml=reports/junit.xml -o junit_logging=system-err $(PYTEST_ARGS)

# pytest exits 5 when nothing was collected or selected: that is an error, not a pass.
define pytest_or_fail
	@set +e; $(1); rc=$$?; if [ $$rc -eq 5 ]; then \
	  echo "ipcprobe: no test ran (nothing collected or everything deselected)" >&2; exit 1; fi; exit $$rc
endef

run: deps build
	$(call pytest_or_fail,$(PYTEST) cases $(RUN_ARGS))

selftest: deps build fixture-probes mutants
	$(call pytest_or_fail,$(PYTEST) pytest/tests $(PYTEST_JOBS) -q -p no:cacheprovider --no-reports $(PYTEST_ARGS))

check: selftest run

# The mutation self-test: every mutant must fail the probes it names, every probe must be
# failed by a mutant (or say why none can). SCOPE=all runs every mutant against every probe.
mutate: deps build mutants
	$(PYTHON) pytest/mutate.py --build-dir=$(BUILD) $(if $(SCOPE),--scope=$(SCOPE))

# Wall time of a full run (probes built), per-mechanism totals, the slowest probes.
bench: deps build
	$(PYTHON) pytest/bench.py --runs $(or $(N),3) -- $(PYTEST_JOBS)

list: build
	@$(PYTEST) cases --collect-only -q --no-reports | grep / || true

explain: build
	@test -n "$(CASE)" || { echo "usage: make explain CASE=<mechanism>/<name>" >&2; exit 2; }
	@test -x $(BUILD)/probes/$(CASE) || { echo "ipcprobe: unknown case '$(CASE)' (make list shows every id)" >&2; exit 2; }
	@$(BUILD)/probes/$(CASE) --explain
	@$(PYTHON) pytest/explain.py --build-dir=$(BUILD) $(CASE)
	@echo; echo "---- cases/$(CASE).c ----"; cat cases/$(CASE).c

# ---- reports ------------------------------------------------------------------------
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
