# For CI maintainers: the compiler/ABI/libc matrix and a run inside another distribution.
.PHONY: matrix matrix-deps distro-check

# make matrix [MATRIX="gcc-64 clang-64 gcc-32 clang-32 musl-64"]: each build in build-<name>/,
# its reports in reports/matrix/<name>/, then one table of the behaviours that differ.
matrix: deps matrix-deps
	@PYTHON=$(PYTHON) JOBS=$(JOBS) $(if $(MATRIX),MATRIX="$(MATRIX)") bash tools/matrix.sh

matrix-deps:
	@sh tools/matrix-deps.sh

# make distro-check [DIST="bullseye sid"] (optional; root, debootstrap, a Debian mirror): the
# suite built and run inside a Debian root of each release (default: bullseye bookworm trixie
# forky sid, one after the other), with the runner's self-tests on that release's pytest;
# reports in reports/distro-<DIST>/, then one table of what differs from this box.
distro-check:
	@PYTHON=$(PYTHON) JOBS=$(JOBS) bash tools/distro-check.sh $(DIST)
