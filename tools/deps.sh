#!/bin/sh
# Install what ipcprobe needs to build and run, with this box's package manager.
# Nothing is installed when everything is already there. As non-root it names the command.
#   tools/deps.sh            build + run needs (C compiler, make, Check, pkg-config, pytest, xdist)
#   tools/deps.sh EXTRA...   also these extra Debian package names (apt only)
#   tools/deps.sh --print    only print the commands this box would get (OS_RELEASE=file: as if
#                            /etc/os-release were that file; the self-tests use it)
# CC=clang adds the distribution's clang. Besides the build: util-linux (ipcs, ipcrm),
# procps (kill, ps) and iproute2 (ip) for the probes, and PyYAML for the runner's tests.
# pytest-xdist is optional (without it the runner is serial), so its package is installed
# on its own and may be missing. Where the names come from, per distribution:
#   Debian 11-13 and sid, Ubuntu 22.04 and 24.04: one set of names (on Ubuntu, check and
#     python3-pytest-xdist are in universe, which Ubuntu's container images enable).
#   EL9 (Rocky, Alma, CentOS Stream 9, RHEL 9): python3-pytest and check in AppStream,
#     check-devel and glibc-static in CRB (CodeReady Linux Builder), python3-pytest-xdist in
#     EPEL 9 (epel-release from the distribution's extras; on RHEL itself: the EPEL rpm).
set -eu
PYTHON=${PYTHON:-python3}
CC=${CC:-cc}
OS_RELEASE=${OS_RELEASE:-/etc/os-release}
print=
if [ "${1:-}" = --print ]; then
    print=1
    shift
fi
case $(basename "$CC") in
    clang*) clang=clang ;;
    *) clang= ;;
esac

have_all() {
    command -v "$CC" >/dev/null 2>&1 &&
    command -v make >/dev/null 2>&1 &&
    command -v pkg-config >/dev/null 2>&1 &&
    pkg-config --exists check 2>/dev/null &&
    py 'import pytest'
}
have_xdist() { py 'import xdist'; }
# (from /: in the repository, the folder pytest/ would pass for the module)
py() { (cd / && "$PYTHON" -c "$1") >/dev/null 2>&1; }

if [ -z "$print" ] && [ $# -eq 0 ] && have_all && have_xdist; then
    exit 0
fi

# The family, from /etc/os-release (ID, ID_LIKE, VERSION_ID), else from the package manager.
ID= ID_LIKE= VERSION_ID=
if [ -r "$OS_RELEASE" ]; then
    eval "$(grep -E '^(ID|ID_LIKE|VERSION_ID)=' "$OS_RELEASE")"
fi
family=
case " $ID $ID_LIKE " in
    *" debian "*|*" ubuntu "*) family=apt ;;
    *" rhel "*|*" centos "*) case $VERSION_ID in 9|9.*) family=el9 ;; *) family=dnf ;; esac ;;
    *" fedora "*) family=dnf ;;
    *" alpine "*) family=apk ;;
    *" arch "*) family=pacman ;;
    *" suse "*|*" opensuse "*) family=zypper ;;
esac
if [ -z "$family" ]; then
    for pm in apt-get:apt dnf:dnf apk:apk pacman:pacman zypper:zypper; do
        command -v "${pm%%:*}" >/dev/null 2>&1 && { family=${pm#*:}; break; }
    done
fi

case $family in
apt)
    pkgs="gcc $clang make libc6-dev check pkg-config python3 python3-pytest"
    pkgs="$pkgs python3-yaml util-linux procps iproute2 $*"
    apt="DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends"
    cmd="apt-get update -qq && $apt $pkgs"
    optional="$apt python3-pytest-xdist" ;;
el9)
    # CRB is called crb on Rocky, Alma and CentOS Stream; RHEL enables it by subscription.
    if [ "$ID" = rhel ]; then
        cmd="subscription-manager repos --enable codeready-builder-for-rhel-9-\$(arch)-rpms &&"
        cmd="$cmd dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm"
        dnf="dnf install -y"
    else
        cmd="dnf install -y epel-release"
        dnf="dnf --enablerepo=crb install -y"
    fi
    cmd="$cmd && $dnf gcc $clang make check-devel pkgconf-pkg-config python3-pytest python3-pyyaml"
    cmd="$cmd util-linux procps-ng iproute"
    optional="$dnf python3-pytest-xdist" ;;
dnf)
    cmd="dnf install -y gcc $clang make check-devel pkgconf-pkg-config python3-pytest python3-pyyaml util-linux procps-ng iproute"
    optional="dnf install -y python3-pytest-xdist" ;;
apk)
    cmd="apk add --no-cache bash gcc $clang make musl-dev linux-headers check-dev pkgconf python3 py3-pytest py3-yaml util-linux procps iproute2"
    optional="apk add --no-cache py3-pytest-xdist" ;;
pacman)
    cmd="pacman -Syu --noconfirm --needed gcc $clang make check pkgconf python python-pytest python-yaml util-linux procps-ng iproute2"
    optional="pacman -S --noconfirm --needed python-pytest-xdist" ;;
zypper)
    cmd="zypper --non-interactive install gcc $clang make check-devel pkg-config python3-pytest python3-PyYAML util-linux procps iproute2"
    optional="zypper --non-interactive install python3-pytest-xdist" ;;
*)
    echo "ipcprobe: unknown package manager; install: a C compiler, make, Check (libcheck) with" \
         "pkg-config, python3 (3.7 or later) with pytest (6.0 or later), and pytest-xdist" >&2
    exit 1 ;;
esac
cmd=$(echo "$cmd" | tr -s ' ')

if [ -n "$print" ]; then
    echo "$cmd"
    echo "$optional"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "ipcprobe: missing build/run dependencies; as root, run:" >&2
    echo "  $cmd" >&2
    echo "  $optional    # pytest-xdist: parallel runs (optional)" >&2
    exit 1
fi
if ! have_all || [ $# -gt 0 ]; then
    echo "ipcprobe: installing dependencies: $cmd" >&2
    sh -c "$cmd" >&2
fi
have_all || { echo "ipcprobe: dependencies still missing after install" >&2; exit 1; }
if ! have_xdist; then
    echo "ipcprobe: installing pytest-xdist (optional: parallel runs): $optional" >&2
    sh -c "$optional" >&2 ||
        echo "ipcprobe: pytest-xdist could not be installed: probes will run one at a time" >&2
fi
exit 0
