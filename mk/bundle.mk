# make bundle: one archive, reports/ipcprobe-<version>-<arch>.tar.xz, that runs the whole suite
# on a box with only a Linux kernel and python3 >= 3.7 (see README, "Checking a box without a
# compiler"). Probes, launcher and helpers are linked statically in $(BUNDLE_BUILD); the
# runner and the pytest it needs are copied in; tools/bundle.sh packs it all.
#   BUNDLE_FORMAT=gz  a .tar.gz instead (ten times the size: gzip cannot see that the static
#                     probes share their libc; for a target whose tar cannot read xz)
BUNDLE_BUILD ?= $(BUILD)-static
BUNDLE_FORMAT ?= xz
#   ARCH=aarch64|armhf|riscv64|s390x|ppc64el  the bundle for a real box of that architecture,
#                     cross-built as make arches does (tools/arches.sh --bundle), not run here
.PHONY: bundle bundle-build
ifeq ($(origin ARCH),command line)
bundle: ARCHES = $(ARCH)
bundle: deps arches-deps
	$(Q)PYTHON=$(PYTHON) BUNDLE_FORMAT=$(BUNDLE_FORMAT) bash tools/arches.sh --bundle $(ARCH)
else
bundle: deps bundle-build
	$(Q)PYTHON=$(PYTHON) sh tools/bundle.sh $(BUNDLE_BUILD) reports $(BUNDLE_FORMAT)
endif

bundle-build: deps-check
	$(Q)$(MAKE) --no-print-directory build BUILD=$(BUNDLE_BUILD) LDFLAGS=-static \
	    "CFLAGS=$(CFLAGS) -DIPCPROBE_LINK='\"static\"'" \
	    "CHECK_LIBS=$$(pkg-config --static --libs check)"

# The bundle, built and then unpacked and run as a target box would (part of make check).
.PHONY: bundle-test
bundle-test: bundle
	$(call pytest_or_fail,$(PYTEST) pytest/tests/test_bundle.py -q -p no:cacheprovider --no-reports)
