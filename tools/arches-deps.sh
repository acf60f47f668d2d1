#!/bin/sh
# What make arches needs: Debian's cross compilers and C libraries for each target of ARCHES
# (as root on Debian/Ubuntu, installed with apt-get; otherwise the command is printed).
# Check is cross-built from source and qemu-user is fetched by tools/arches.sh itself.
set -eu
ARCHES=${ARCHES:-aarch64 armhf riscv64 s390x ppc64el}
pkgs=""
for a in $ARCHES; do
    case $a in
        aarch64) pkgs="$pkgs gcc-aarch64-linux-gnu libc6-dev-arm64-cross" ;;
        armhf) pkgs="$pkgs gcc-arm-linux-gnueabihf libc6-dev-armhf-cross" ;;
        riscv64) pkgs="$pkgs gcc-riscv64-linux-gnu libc6-dev-riscv64-cross" ;;
        s390x) pkgs="$pkgs gcc-s390x-linux-gnu libc6-dev-s390x-cross" ;;
        ppc64el) pkgs="$pkgs gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross" ;;
        *) echo "arches: unknown target '$a' (aarch64 armhf riscv64 s390x ppc64el)" >&2; exit 2 ;;
    esac
done
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "arches: needs$missing; as root on Debian/Ubuntu: apt-get install -y$missing" >&2
    exit 1
fi
echo "arches: installing$missing"
export DEBIAN_FRONTEND=noninteractive
install="apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 $missing"
$install >/dev/null || { apt-get update -qq && $install >/dev/null; }
