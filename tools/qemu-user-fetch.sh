#!/bin/sh
# Fetch Debian's statically linked qemu-user of one release and unpack it, so make arches can
# run the cross-built probes under that emulator from where it was unpacked (nothing is
# installed; the box's own apt sources and state are not touched).
#   tools/qemu-user-fetch.sh SUITE DEST     e.g. bookworm /var/tmp/ipcprobe-qemu-bookworm
# Leaves DEST/usr/bin/qemu-<target>[-static] and DEST/VERSION (the upstream version, "7.2").
set -eu
suite=${1:?usage: tools/qemu-user-fetch.sh SUITE DEST}
dest=${2:?usage: tools/qemu-user-fetch.sh SUITE DEST}
say() { echo "arches: qemu ($suite): $*" >&2; }
[ -s "$dest/VERSION" ] && exit 0
command -v apt-get >/dev/null 2>&1 || { say "needs apt-get and dpkg-deb (a Debian box)"; exit 1; }
# bookworm ships the static emulators as qemu-user-static; from trixie on, qemu-user is static.
case $suite in
    bullseye | bookworm) package=qemu-user-static ;;
    *) package=qemu-user ;;
esac
work=$dest.apt
rm -rf "$work" "$dest" && mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
trap 'rm -rf "$work"' EXIT
echo "deb http://deb.debian.org/debian $suite main" >"$work/sources.list"
apt="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=/nonexistent"
apt="$apt -o Dir::State::Lists=$work/lists -o Dir::Cache=$work/cache -o Debug::NoLocking=1"
apt="$apt -o APT::Sandbox::User=root"
say "downloading $package"
( cd "$work" && apt-get $apt update -qq && apt-get $apt download -qq "$package" ) \
    >"$work/apt.log" 2>&1 || { say "apt-get download $package failed: $(tail -1 "$work/apt.log")"; exit 1; }
deb=$(ls "$work"/"$package"_*.deb)
mkdir -p "$dest.tmp" && dpkg-deb -x "$deb" "$dest.tmp"
version=$(dpkg-deb -f "$deb" Version | sed 's/^[0-9]*://; s/[+~-].*//')
echo "$version" >"$dest.tmp/VERSION"
echo "$package $(dpkg-deb -f "$deb" Version)" >"$dest.tmp/PACKAGE"
mv "$dest.tmp" "$dest"
say "qemu-user $version unpacked into $dest"
