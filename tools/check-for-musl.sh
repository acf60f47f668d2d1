#!/bin/sh
# Build Check (libcheck) with musl-gcc into PREFIX, from Debian's source package, so the
# probes can be built against musl. Says plainly why when it cannot, and exits 1.
#   tools/check-for-musl.sh PREFIX        (PREFIX/lib/pkgconfig/check.pc when done)
set -eu
prefix=$(realpath -m "$1")
[ -s "$prefix/lib/pkgconfig/check.pc" ] && exit 0
say() { echo "matrix: musl: $*" >&2; }
command -v musl-gcc >/dev/null 2>&1 || { say "no musl-gcc (Debian: apt-get install musl-tools)"; exit 1; }
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
apt="$apt -o Dir::State::Lists=$work/lists -o APT::Sandbox::User=root"
say "building Check from Debian's source package ($mirror $suite)"
( cd "$work" && apt-get $apt update -qq && apt-get $apt source --download-only -qq check ) \
    >"$work/apt.log" 2>&1 || { say "apt-get source check failed: $(tail -1 "$work/apt.log")"; exit 1; }
tar -C "$work" -xzf "$work"/check_*.orig.tar.gz
src=$(echo "$work"/check-*/)
( cd "$src" &&
  ./configure CC=musl-gcc --prefix="$prefix" --disable-shared --enable-static --enable-subunit=no &&
  make -C lib && make -C src && make -C src install &&
  make install-includeHEADERS install-pcdataDATA ) >"$work/build.log" 2>&1 ||
    { say "building Check with musl-gcc failed: $(tail -3 "$work/build.log")"; exit 1; }
say "Check built into $prefix"
