#!/bin/sh
# Build Check (libcheck), static only, from Debian's source package into PREFIX with another C
# compiler: musl-gcc for the musl build (make matrix), a cross compiler for another
# architecture (make arches). Says plainly why when it cannot, and exits 1.
#   tools/check-from-source.sh PREFIX CC [HOST-TRIPLET]   (PREFIX/lib/pkgconfig/check.pc when done)
set -eu
prefix=$(realpath -m "${1:?usage: tools/check-from-source.sh PREFIX CC [HOST]}")
cc=${2:?usage: tools/check-from-source.sh PREFIX CC [HOST]}
host=${3:-}
[ -s "$prefix/lib/pkgconfig/check.pc" ] && exit 0
say() { echo "check-from-source: $cc: $*" >&2; }
command -v "${cc%% *}" >/dev/null 2>&1 || { say "no ${cc%% *} on PATH"; exit 1; }
command -v apt-get >/dev/null 2>&1 || { say "Check's source comes from apt-get source: not an apt box"; exit 1; }

work=$prefix.src
rm -rf "$work" && mkdir -p "$work/lists/partial"
trap 'rm -rf "$work"' EXIT
# A private deb-src list for the box's own Debian mirror and release (apt checks signatures).
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$mirror" ] && [ -n "$suite" ] || { say "cannot tell this box's Debian mirror and release"; exit 1; }
echo "deb-src $mirror $suite main" >"$work/sources.list"
apt="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=/nonexistent"
apt="$apt -o Dir::State::Lists=$work/lists -o APT::Sandbox::User=root -o Debug::NoLocking=1"
say "building Check from Debian's source package ($mirror $suite)"
( cd "$work" && apt-get $apt update -qq && apt-get $apt source --download-only -qq check ) \
    >"$work/apt.log" 2>&1 || { say "apt-get source check failed: $(tail -1 "$work/apt.log")"; exit 1; }
tar -C "$work" -xzf "$work"/check_*.orig.tar.gz
src=$(echo "$work"/check-*/)
# Cross-compiling, configure cannot run a test program: tell it what glibc's malloc does.
( cd "$src" &&
  ./configure CC="$cc" ${host:+--host=$host ac_cv_func_malloc_0_nonnull=yes ac_cv_func_realloc_0_nonnull=yes} \
      --prefix="$prefix" --disable-shared --enable-static --enable-subunit=no &&
  make -C lib && make -C src && make -C src install &&
  make install-includeHEADERS install-pcdataDATA ) >"$work/build.log" 2>&1 ||
    { say "building Check failed: $(tail -3 "$work/build.log")"; exit 1; }
say "Check built into $prefix"
