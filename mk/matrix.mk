# For CI maintainers: the compiler/ABI/libc matrix and a run inside another distribution.
.PHONY: matrix matrix-deps distro-check

# make matrix [MATRIX="gcc-64 clang-64 gcc-32 clang-32 musl-64"]: each build in build-<name>/,
# its reports in reports/matrix/<name>/, then one table of the behaviours that differ.
matrix: deps matrix-deps
	@PYTHON=$(PYTHON) JOBS=$(JOBS) $(if $(MATRIX),MATRIX="$(MATRIX)") bash tools/matrix.sh

matrix-deps:
	@sh tools/matrix-deps.sh

# make distro-check DIST=trixie (optional; root, debootstrap, network to a Debian mirror):
# the suite built and run inside a Debian root of that release; reports in reports/distro-<DIST>/.
DIST ?= trixie
distro-check:
	@PYTHON=$(PYTHON) JOBS=$(JOBS) bash tools/distro-check.sh $(DIST)
