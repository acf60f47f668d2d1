#!/bin/sh
# What `make matrix` needs beyond `make deps`: clang, 32-bit gcc support with i386 Check
# (Debian multiarch), and musl-gcc. Installs them as root on apt systems; otherwise prints
# the command. Missing pieces are not fatal: make matrix skips what it cannot build.
set -eu
pkgs="clang gcc-multilib check:i386 libsubunit-dev:i386 musl-tools"

have_all() {
    dpkg --print-foreign-architectures 2>/dev/null | grep -qx i386 &&
    dpkg -s $pkgs >/dev/null 2>&1
}

if ! command -v apt-get >/dev/null 2>&1; then
    echo "matrix: not a Debian/Ubuntu box: the 32-bit and musl builds need your distribution's" \
         "32-bit Check and musl packages; builds that cannot be made are skipped" >&2
    exit 0
fi
have_all && exit 0

cmd="dpkg --add-architecture i386 && { apt-get update -qq || true; } &&"
cmd="$cmd DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs"
if [ "$(id -u)" -ne 0 ]; then
    echo "matrix: clang, -m32 and musl builds need packages; as root, run:" >&2
    echo "  $cmd" >&2
    exit 0
fi
# apt-get update may fail for one index (a mirror mid-sync) and still leave what we need.
echo "matrix: installing: $cmd" >&2
sh -c "$cmd" >&2 || echo "matrix: installing failed; builds that cannot be made are skipped" >&2
