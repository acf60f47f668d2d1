#!/bin/sh
# Install what ipcprobe needs to build and run, with this box's package manager.
# Nothing is installed when everything is already there. As non-root it names the command.
#   tools/deps.sh            build + run needs (C compiler, make, Check, pkg-config, pytest, xdist)
#   tools/deps.sh EXTRA...   also these extra Debian package names (apt only)
# CC=clang adds the distribution's clang. Besides the build: util-linux (ipcs, ipcrm),
# procps (kill, ps) and iproute2 (ip) for the probes, and PyYAML for the runner's tests.
set -eu
PYTHON=${PYTHON:-python3}
CC=${CC:-cc}
case $(basename "$CC") in
    clang*) clang=clang ;;
    *) clang= ;;
esac

have_all() {
    command -v "$CC" >/dev/null 2>&1 &&
    command -v make >/dev/null 2>&1 &&
    command -v pkg-config >/dev/null 2>&1 &&
    pkg-config --exists check 2>/dev/null &&
    "$PYTHON" -c 'import pytest, xdist' >/dev/null 2>&1
}

if [ $# -eq 0 ] && have_all; then
    exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
    pkgs="gcc $clang make libc6-dev check pkg-config python3 python3-pytest python3-pytest-xdist"
    pkgs="$pkgs python3-yaml util-linux procps iproute2 $*"
    cmd="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs"
elif command -v dnf >/dev/null 2>&1; then
    cmd="dnf install -y gcc $clang make check-devel pkgconf-pkg-config python3-pytest python3-pytest-xdist python3-pyyaml util-linux procps-ng iproute"
elif command -v apk >/dev/null 2>&1; then
    cmd="apk add --no-cache bash gcc $clang make musl-dev linux-headers check-dev pkgconf python3 py3-pytest py3-pytest-xdist py3-yaml util-linux procps iproute2"
elif command -v pacman >/dev/null 2>&1; then
    cmd="pacman -Syu --noconfirm --needed gcc $clang make check pkgconf python python-pytest python-pytest-xdist python-yaml util-linux procps-ng iproute2"
elif command -v zypper >/dev/null 2>&1; then
    cmd="zypper --non-interactive install gcc $clang make check-devel pkg-config python3-pytest python3-pytest-xdist python3-PyYAML util-linux procps iproute2"
else
    echo "ipcprobe: unknown package manager; install: a C compiler, make, Check (libcheck) with" \
         "pkg-config, python3 with pytest and pytest-xdist" >&2
    exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ipcprobe: missing build/run dependencies; as root, run:" >&2
    echo "  $cmd" >&2
    exit 1
fi
echo "ipcprobe: installing dependencies: $cmd" >&2
sh -c "$cmd" >&2
have_all || { echo "ipcprobe: dependencies still missing after install" >&2; exit 1; }
