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
HARNESS_OBJS := $(patsubst harness/%.c,$(BUILD)/harness/%.o,$(HARNESS_SRCS))
HELPER_SRCS := $(wildcard harness/helpers/*.c)
HELPERS := $(patsubst harness/helpers/%.c,$(BUILD)/helpers/%,$(HELPER_SRCS))
ISOLATE := $(BUILD)/ipcprobe-isolate
MUTANT_SRCS := $(wildcard fixtures/mutants/*.c)
MUTANTS := $(patsubst fixtures/mutants/%.c,$(BUILD)/mutants/%.so,$(MUTANT_SRCS))

.PHONY: all build deps run check help clean
all: build

help:
	@echo "make run       build and run every probe against this box; reports in reports/"
	@echo "make check     the project's own tests (harness, runner) and the full conformance run"
	@echo "make deps      install what building and running need (Debian/Ubuntu apt, others named)"
	@echo "make build     compile the probes into $(BUILD)/"
	@echo "options: CASE=<id>  K=<expr> (pytest -k)  M=<markers> (pytest -m)  JOBS=N|auto"
	@echo "         PRELOAD=<lib.so> (LD_PRELOAD into probes only)  ISOLATION=auto|ns|userns|none"
	@echo "         TIME_SCALE=N (stretch every bound)  V=1 (show commands)"

build: deps-check $(ISOLATE) $(HELPERS) $(PROBES)

mutants: $(MUTANTS)

$(BUILD)/mutants/%.so: fixtures/mutants/%.c fixtures/mutants/mutant.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Ifixtures/mutants -shared -fPIC $< -o $@ -ldl

$(BUILD)/harness/%.o: harness/%.c harness/probe.h harness/runner.h harness/box.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CHECK_CFLAGS) -fPIC -c $< -o $@

$(BUILD)/libprobe.a: $(HARNESS_OBJS)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/probes/%: cases/%.c $(BUILD)/libprobe.a harness/probe.h
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

clean:
	rm -rf $(BUILD) reports/*.json reports/*.xml reports/*.html reports/*.md reports/*.tap

.PHONY: deps-check
deps-check:
	@pkg-config --exists check 2>/dev/null || { echo "ipcprobe: Check is not installed (run: make deps)" >&2; exit 2; }
