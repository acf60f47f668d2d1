# ipcprobe — a conformance suite for Linux IPC.  `make help` lists the targets.
SHELL := /bin/bash
CC ?= cc
ifeq ($(origin CC),default)
CC := cc
endif
CFLAGS ?= -O2 -g
WARN := -Wall -Wextra -Wno-missing-field-initializers -Wno-unused-parameter
ifeq ($(findstring clang,$(shell $(CC) --version 2>/dev/null)),)
WARN += -Wno-format-truncation
endif
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

# `make lesson LANG=zh`: LANG on make's command line picks the lesson's language only; every
# recipe keeps the locale it was started with (or none), never LANG=zh.
ifeq ($(origin LANG),command line)
LESSON_LANG := $(LANG)
override LANG := $(shell printenv LANG)
ifeq ($(LANG),$(LESSON_LANG))
unexport LANG
else ifeq ($(LANG),)
unexport LANG
endif
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

.PHONY: all build build-all deps run check selftest mutate bench soak list explain help clean mutants fixture-probes lesson
all: build

help:
	@echo "make run       build and run every probe against this box; reports in reports/"
	@echo "make check     the project's own tests (harness, runner) and the full conformance run"
	@echo "make deps      install what building and running need (Debian/Ubuntu apt, others named)"
	@echo "make build     compile the probes into $(BUILD)/"
	@echo "make list      every probe id;  make explain CASE=<id>  what a probe checks and how"
	@echo "make explain SEED=SEED-nn  one seed claim: the tutorial's words, the claim, its verdict, its probes"
	@echo "make lesson TOPIC=<mechanism|probe id|SEED-nn>  the topic's behaviours failing under mutants, explained"
	@echo "               (FORMAT=html: reports/lesson-<topic>.html; LANG=zh: in Chinese; ALL=1: every mutant; no TOPIC: the topics)"
	@echo "make seed-doc  regenerate the tutorial's words in docs/SEED_CLAIMS.md from docs/seed_zh.json"
	@echo "make mutate    mutation self-test: every probe must fail under a mutant (SCOPE=all: full matrix; MECH=x: one area; MUTANT='splice_*': only those)"
	@echo "make bench     wall time of a full run, per mechanism, slowest probes (N=runs)"
	@echo "make soak      the suite N times (LOAD=K busy processes): any verdict that changes fails"
	@echo "make bundle    one archive (static probes + runner + pytest) for a box without a compiler"
	@echo "make report-check  render reports/report.html in headless chromium, check it, screenshot it"
	@echo "make boxes     reports/boxes.html: every results.json (BOXES=...) as one matrix, checked in chromium"
	@echo "make compare BASE=a.json NEW=b.json [MORE=\"c.json ...\"]  verdicts that differ between boxes"
	@echo "make catalogue  regenerate docs/CATALOGUE.md (every behaviour) from the built probes"
	@echo "make kernels   the suite on Debian's kernels 5.10-7.2 (qemu) and User-Mode Linux, compared"
	@echo "               KERNELS=\"6.1 uml-6.1 6.1+userns0\"  LIST=1  GUEST_SYSCTL=  KERNEL_CMDLINE="
	@echo "options: CASE=<id>  K=<expr> (pytest -k)  M=<markers> (pytest -m)  JOBS=N|auto"
	@echo "         PRELOAD=<lib.so> (LD_PRELOAD into probes only)  ISOLATION=auto|ns|userns|none"
	@echo "         TIME_SCALE=N (stretch every bound)  V=1 (show commands)"

# The probes compile on every CPU unless make was given -j already.
NPROC := $(shell nproc 2>/dev/null || echo 1)
build:
	@$(MAKE) --no-print-directory $(if $(filter -j%,$(MAKEFLAGS)),,-j$(NPROC)) build-all
build-all: deps-check $(ISOLATE) $(HELPERS) $(PROBES)

mutants: $(MUTANTS)

# Probes that misbehave on purpose, for the runner's own tests (pytest/tests).
FIXTURE_PROBE_SRCS := $(wildcard fixtures/probes/*/*.c)
FIXTURE_PROBES := $(patsubst fixtures/probes/%.c,$(BUILD)/fixture-probes/%,$(FIXTURE_PROBE_SRCS))
fixture-probes: $(FIXTURE_PROBES)

$(BUILD)/fixture-probes/%: fixtures/probes/%.c $(BUILD)/libprobe.a $(HARNESS_HEADERS)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -DPROBE_ID='"$*"' -DPROBE_SOURCE='"$<"' $< -o $@ \
	    $(LDFLAGS) $(BUILD)/libprobe.a $(CHECK_LIBS) $(LDLIBS)

$(BUILD)/mutants/%.so: fixtures/mutants/%.c $(wildcard fixtures/mutants/*.h)
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
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -DPROBE_ID='"$*"' -DPROBE_SOURCE='"$<"' $< -o $@ \
	    $(LDFLAGS) $(BUILD)/libprobe.a $(CHECK_LIBS) $(LDLIBS)

$(BUILD)/helpers/%: harness/helpers/%.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $< -o $@ $(LDFLAGS) $(LDLIBS)

ISOLATE_SRCS := harness/isolate.c harness/box.c harness/oracle_calibrate.c
$(ISOLATE): $(ISOLATE_SRCS) harness/box.h harness/oracle.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(ISOLATE_SRCS) -o $@ $(LDFLAGS) $(LDLIBS)

# Optional groups of targets, one file each (bundle, matrix, ...).
include $(wildcard mk/*.mk)

clean:
	rm -rf $(BUILD) $(BUILD)-static reports/*.tar.* reports/*.json reports/*.xml reports/*.html reports/*.md reports/*.tap reports/*.png

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
	-o junit_logging=system-err $(PYTEST_ARGS)

# pytest exits 5 when nothing was collected or selected: that is an error, not a pass.
define pytest_or_fail
	@set +e; $(1); rc=$$?; if [ $$rc -eq 5 ]; then \
	  echo "ipcprobe: no test ran (nothing collected or everything deselected)" >&2; exit 1; fi; exit $$rc
endef

run: deps build
	$(call pytest_or_fail,$(PYTEST) cases $(RUN_ARGS))

# The runner's own tests: most in parallel, then those that must run alone (the bundle test
# runs after the bundle is built: bundle-test).
SELFTEST := $(PYTEST) pytest/tests -q -p no:cacheprovider --no-reports $(PYTEST_ARGS)
selftest: deps build fixture-probes mutants
	$(call pytest_or_fail,$(SELFTEST) $(PYTEST_JOBS) -m "not serial" --ignore=pytest/tests/test_bundle.py)
	$(call pytest_or_fail,$(SELFTEST) -m serial)

check: selftest run bundle-test

# The mutation self-test: every mutant must fail the probes it names, every probe must be
# failed by a mutant (or say why none can). SCOPE=all runs every mutant against every probe;
# MECH=poll (or "poll lock") only those mechanisms' probes and the mutants that name them;
# MUTANT='splice_*' (globs, space-separated) runs only those, judging their mechanisms' probes.
mutate: deps build mutants
	$(PYTHON) pytest/mutate.py --build-dir=$(BUILD) $(if $(SCOPE),--scope=$(SCOPE)) \
	    $(if $(filter-out *,$(MECH)),$(foreach m,$(MECH),--mechanism=$(m))) \
	    $(if $(TIME_SCALE),--time-scale=$(TIME_SCALE)) $(foreach m,$(MUTANT),--mutant='$(m)')

# Learning from failing cases: the probes of TOPIC on this box, then under the mutants that
# break them (pytest/lesson.py). LANG=zh or IPCPROBE_LANG=zh: the lesson's words in Chinese.
lesson: build mutants
	@$(PYTHON) pytest/lesson.py --build-dir=$(BUILD) $(if $(TOPIC),--topic="$(TOPIC)") \
	    $(if $(FORMAT),--format=$(FORMAT)) $(if $(LESSON_LANG),--lang=$(LESSON_LANG)) \
	    $(if $(filter-out 0,$(ALL)),--all-mutants) $(if $(TIME_SCALE),--time-scale=$(TIME_SCALE))

# Wall time of a full run (probes built), per-mechanism totals, the slowest probes.
bench: deps build
	$(PYTHON) pytest/bench.py --runs $(or $(N),3) -- $(PYTEST_JOBS)

# Repeatability: the suite N times (LOAD=K busy processes meanwhile); any changed verdict fails.
soak: deps build
	$(PYTHON) pytest/soak.py --runs $(or $(N),10) --load $(or $(LOAD),0) -- $(PYTEST_JOBS)

list: build
	@$(PYTEST) cases --collect-only -q --no-reports | grep / || true

explain: build
	@if [ -n "$(SEED)" ]; then $(PYTHON) pytest/explain.py --build-dir=$(BUILD) --seed "$(SEED)"; \
	  exit $$?; fi
	@test -n "$(CASE)" || { echo "usage: make explain CASE=<mechanism>/<name>  or  make explain SEED=SEED-nn" >&2; exit 2; }
	@test -x $(BUILD)/probes/$(CASE) || { echo "ipcprobe: unknown case '$(CASE)' (make list shows every id)" >&2; exit 2; }
	@$(BUILD)/probes/$(CASE) --explain
	@$(PYTHON) pytest/explain.py --build-dir=$(BUILD) $(CASE)
	@echo; echo "---- cases/$(CASE).c ----"; cat cases/$(CASE).c
