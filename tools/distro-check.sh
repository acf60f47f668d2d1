#!/bin/bash
# make distro-check DIST=trixie: build and run the suite inside a minimal Debian root of
# release DIST (debootstrap, cached as /var/tmp/ipcprobe-distro-DIST.tar), so another glibc,
# gcc, Check and util-linux are exercised on this kernel. The working tree is copied in (no
# commit needed). Reports land in reports/distro-DIST/; the verdicts are then compared with
# HOST_RESULTS (default reports/results.json). Needs root and a Debian mirror.
set -euo pipefail
dist=${1:-trixie}
PYTHON=${PYTHON:-python3}
JOBS=${JOBS:-auto}
say() { echo "distro-check: $*" >&2; }
[ "$(id -u)" -eq 0 ] || { say "needs root (debootstrap, mounts, pivot_root)"; exit 2; }
command -v debootstrap >/dev/null 2>&1 || {
    command -v apt-get >/dev/null 2>&1 || { say "needs debootstrap"; exit 2; }
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
}

cache=/var/tmp/ipcprobe-distro-$dist.tar
out=reports/distro-$dist
work=$(mktemp -d /var/tmp/ipcprobe-distro.XXXXXX)
trap 'rm -rf --one-file-system "$work"' EXIT
root=$work/root
mkdir -p "$root"

if [ ! -s "$cache" ]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    say "building a minimal Debian $dist root from $mirror (once; cached in $cache)"
    debootstrap --variant=minbase \
        --include=gcc,make,libc6-dev,check,pkg-config,python3-pytest,python3-pytest-xdist,util-linux,procps,iproute2 \
        "$dist" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -20 "$work/debootstrap.log" >&2; say "debootstrap failed"; exit 1; }
    tar -C "$root" -cf "$cache.part" . && mv "$cache.part" "$cache"
else
    tar -C "$root" -xf "$cache"
fi

# The working tree as it is now, without builds and reports.
mkdir -p "$root/src"
tar -C . --exclude=./.git --exclude=./build --exclude='./build-*' --exclude='./reports/*' \
    --exclude=__pycache__ --exclude=.pytest_cache -cf - . | tar -C "$root/src" -xf -

pytest_jobs=
case $JOBS in 0|1) ;; *) pytest_jobs="-n $JOBS" ;; esac
inside="cd /src && mkdir -p reports && { make -k build >reports/build.log 2>&1 || true; } &&
  /usr/bin/python3 -m pytest cases $pytest_jobs -q -p no:cacheprovider --reports-dir=reports \
    --junitxml=reports/junit.xml >reports/run.log 2>&1; true"
say "running the suite inside Debian $dist"
# Private mount and PID namespaces: every mount and process ends with the run. pivot_root,
# not chroot, so that the probes' own namespaces (user namespaces included) still work.
unshare --mount --pid --fork --kill-child bash -c '
  set -e
  root=$1; shift
  mount --make-rprivate /
  mount --bind "$root" "$root"
  mount -t proc proc "$root/proc"
  mount -t sysfs sys "$root/sys"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/dev/shm"
  mkdir -p "$root/dev/mqueue" && mount -t mqueue mqueue "$root/dev/mqueue" 2>/dev/null || true
  mkdir -p "$root/.oldroot"
  cd "$root"
  pivot_root . .oldroot
  umount -l /.oldroot && rmdir /.oldroot
  exec /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
       HOME=/root TERM=dumb LANG=C.UTF-8 bash -c "$1"
' distro-check "$root" "$inside"

rm -rf "$out" && mkdir -p "$out"
cp -r "$root/src/reports/." "$out/"
[ -s "$out/results.json" ] || { tail -20 "$out/run.log" "$out/build.log" >&2 2>/dev/null;
                                 say "the run inside $dist wrote no results"; exit 1; }
grep -A14 'ipcprobe summary' "$out/run.log" | grep -v '^FAIL\|^ERROR' || true
host=${HOST_RESULTS:-reports/results.json}
if [ -s "$host" ]; then
    # compare.py names its columns after the files: give them names that say which box.
    mkdir -p "$work/cmp" && cp "$host" "$work/cmp/host.json" && cp "$out/results.json" "$work/cmp/$dist.json"
    echo
    "$PYTHON" pytest/compare.py "$work/cmp/host.json" "$work/cmp/$dist.json" || true
else
    say "no $host to compare with (make run first, or set HOST_RESULTS=)"
fi
say "reports in $out/"
