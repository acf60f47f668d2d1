# Other architectures under qemu-user (optional; root, or Linux 6.7 or later; network to a
# Debian mirror):
#   make arches [ARCHES="aarch64 armhf riscv64 s390x ppc64el"] [QEMUS="bookworm trixie"] [K=..] [CASE=..]
#   (QEMUS: Debian releases whose qemu-user is fetched: bookworm trixie forky sid)
# cross-builds the suite statically into build-<arch>/ and runs it under each emulator;
# reports in reports/arches/<arch>-qemu-<version>/ (tools/arches.sh, docs/boxes/arches.md).
.PHONY: arches arches-deps arches-words
arches: deps arches-deps
	@PYTHON=$(PYTHON) JOBS=$(JOBS) $(if $(ARCHES),ARCHES="$(ARCHES)") $(if $(QEMUS),QEMUS="$(QEMUS)") \
	    $(if $(TIME_SCALE),TIME_SCALE=$(TIME_SCALE)) $(if $(K),K="$(K)") $(if $(CASE),CASE="$(CASE)") \
	    bash tools/arches.sh

arches-deps: arches-words
	@$(if $(ARCHES),ARCHES="$(ARCHES)") sh tools/arches-deps.sh

# An unknown word of ARCHES or QEMUS stops the run before anything is installed or fetched.
arches-words:
	@$(if $(ARCHES),ARCHES="$(ARCHES)") $(if $(QEMUS),QEMUS="$(QEMUS)") bash tools/arches.sh --check
ifneq ($(filter arches bundle,$(MAKECMDGOALS)),)
deps: arches-words
endif
