#!/bin/sh
# What make arches needs for each target of ARCHES: the cross C library, libgcc and binutils,
# and a compiler for them: Debian's gcc-<triplet>, or, on a box with gcc-multilib (which
# make matrix installs and which every gcc-12-<triplet> conflicts with), clang --target.
# As root on Debian/Ubuntu they are installed with apt-get; otherwise the command is printed.
# Check is cross-built from source and qemu-user is fetched by tools/arches.sh itself.
set -eu
ARCHES=${ARCHES:-aarch64 armhf riscv64 s390x ppc64el}
pkgs=""
for a in $ARCHES; do
    case $a in
        aarch64) t=aarch64-linux-gnu d=arm64 ;;
        armhf) t=arm-linux-gnueabihf d=armhf ;;
        riscv64) t=riscv64-linux-gnu d=riscv64 ;;
        s390x) t=s390x-linux-gnu d=s390x ;;
        ppc64el) t=powerpc64le-linux-gnu d=ppc64el ;;
        *) echo "arches: unknown target '$a' (aarch64 armhf riscv64 s390x ppc64el)" >&2; exit 2 ;;
    esac
    pkgs="$pkgs libc6-dev-$d-cross libgcc-12-dev-$d-cross binutils-$t"
    if dpkg-query -W -f='${Status}' gcc-multilib 2>/dev/null | grep -q "ok installed"; then
        pkgs="$pkgs clang"    # gcc-12-$t would remove gcc-multilib
    else
        pkgs="$pkgs gcc-$t"
    fi
done
missing=""
for p in $(echo $pkgs | tr ' ' '\n' | sort -u); do
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
