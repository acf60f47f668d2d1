#!/bin/bash
# make distro-check [DIST="bullseye sid"]: the suite built and run inside a minimal Debian root
# of each release, one after the other, so that another glibc, gcc, Check, util-linux, Python
# and pytest meet this kernel; then one table of the verdicts that differ between the releases
# and this box. Needs root and a Debian mirror (once per release: each root is cached).
usage() {
    cat <<'EOF'
usage: tools/distro-check.sh [--selftests-only] [DIST...]

  DIST...            Debian releases (default: bullseye bookworm trixie forky sid)
  --selftests-only   build only what the runner's own tests need (launcher, helpers, fixture
                     probes) and run those tests with the release's pytest; exit with theirs
                     (77 when the root cannot be had here: not root, no debootstrap, no mirror)

Each root is built once with debootstrap and cached as /var/tmp/ipcprobe-distro-DIST.tar.
The working tree is copied in (no commit needed); inside, every probe is built with the
release's gcc and Check and run with its pytest, then the runner's self-tests run with that
pytest too. Reports of each release land in reports/distro-DIST/ (build.log, run.log,
selftest.log, versions.txt, results.json, ...); the verdicts are compared with HOST_RESULTS
(default reports/results.json). Exit 1 when a release could not be run or its self-tests
failed; differing verdicts are the answer, not a failure.
Environment: JOBS (auto: pytest -n auto; 0 or 1: serial), PYTHON, HOST_RESULTS, MIRROR.
EOF
}
set -euo pipefail
DEFAULT_DISTS="bullseye bookworm trixie forky sid"
PYTHON=${PYTHON:-python3}
JOBS=${JOBS:-auto}
say() { echo "distro-check: $*" >&2; }

selftests_only=
dists=
for arg in "$@"; do
    case $arg in
        -h|--help) usage; exit 0 ;;
        --selftests-only) selftests_only=1 ;;
        -*) say "unknown option $arg"; usage >&2; exit 2 ;;
        *[!a-z0-9-]*) say "'$arg' is not a Debian release name"; exit 2 ;;
        *) dists="$dists $arg" ;;
    esac
done
dists=${dists:-$DEFAULT_DISTS}
cant=1
[ -n "$selftests_only" ] && cant=77  # the self-test skips when the box cannot do this

[ "$(id -u)" -eq 0 ] || { say "needs root (debootstrap, mounts, pivot_root)"; exit $cant; }
command -v debootstrap >/dev/null 2>&1 || {
    command -v apt-get >/dev/null 2>&1 || { say "needs debootstrap"; exit $cant; }
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null ||
        { say "could not install debootstrap"; exit $cant; }
}

# Work folders are /var/tmp/ipcprobe-distro.<pid>.*: those of a run killed outright (SIGKILL,
# so that its trap could not run) are removed by the next one.
for old in /var/tmp/ipcprobe-distro.[0-9]*.*; do
    pid=${old#/var/tmp/ipcprobe-distro.}; pid=${pid%%.*}
    [ -e "$old" ] && ! kill -0 "$pid" 2>/dev/null && rm -rf --one-file-system "$old"
done
work= snapshot=
cleanup() { [ -z "$work" ] || rm -rf --one-file-system "$work"; work=; }
trap 'cleanup; rm -f "$snapshot"' EXIT
trap 'exit 130' INT TERM HUP
newwork() { mktemp -d "/var/tmp/ipcprobe-distro.$$.XXXXXX"; }

PACKAGES=gcc,make,libc6-dev,check,pkg-config,python3-pytest,python3-pytest-xdist,python3-yaml
PACKAGES=$PACKAGES,util-linux,procps,iproute2

# cache DIST: the root's tarball, built once (debootstrap in private mount and PID namespaces,
# so that the /proc and /sys it mounts end with it). Exit status 77: the mirror has no such
# release or cannot be reached.
cache() {
    local dist=$1 tar=/var/tmp/ipcprobe-distro-$1.tar mirror script=
    [ -s "$tar" ] && return 0
    mirror=${MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
    [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    # A release newer than this debootstrap is bootstrapped like sid.
    [ -e "/usr/share/debootstrap/scripts/$dist" ] || script=/usr/share/debootstrap/scripts/sid
    say "building a minimal Debian $dist root from $mirror (once; cached in $tar)"
    mkdir -p "$work/root"
    if ! unshare --mount --pid --fork --kill-child --mount-proc \
            debootstrap --variant=minbase --include=$PACKAGES "$dist" "$work/root" "$mirror" \
            $script >"$work/debootstrap.log" 2>&1; then
        tail -20 "$work/debootstrap.log" >&2
        if grep -q "Failed getting release file\|Temporary failure resolving\|Could not resolve" \
                "$work/debootstrap.log"; then
            say "$mirror has no release '$dist' or cannot be reached"
            return 77
        fi
        say "debootstrap of $dist failed"
        return 1
    fi
    tar --one-file-system -C "$work/root" -cf "$tar.part.$$" . && mv "$tar.part.$$" "$tar"
    rm -rf --one-file-system "$work/root"
}

# The commands run inside the root, from /src, writing into /src/reports.
inside_script() {
    local jobs=
    case $JOBS in 0|1) ;; *) jobs="-n $JOBS" ;; esac
    cat <<EOF
set -u
trap 'exit 130' INT TERM  # (PID 1 of its namespace: only signals it handles reach it)
cd /src && mkdir -p reports
pytest="timeout 900 python3 -m pytest -q -p no:cacheprovider"
{ echo "glibc \$(ldd --version | sed -n '1s/.* //p')"
  echo "gcc \$(gcc -dumpfullversion)"
  echo "check \$(pkg-config --modversion check)"
  echo "python \$(python3 -c 'import platform; print(platform.python_version())')"
  echo "pytest \$(python3 -c 'import pytest; print(pytest.__version__)')"
  echo "pytest-xdist \$(python3 -c 'import xdist; print(xdist.__version__)' 2>/dev/null || echo absent)"
} >reports/versions.txt
EOF
    if [ -n "$selftests_only" ]; then
        cat <<EOF
cat reports/versions.txt
make -k -j2 build MECH=none fixture-probes >reports/build.log 2>&1 || { tail -20 reports/build.log; exit 1; }
{ \$pytest --no-reports $jobs -m "not serial" $(echo $QUICK_SELFTESTS) &&
  \$pytest --no-reports -m serial $(echo $QUICK_SELFTESTS); } 2>&1 | tee reports/selftest.log | tail -30
exit \${PIPESTATUS[0]}
EOF
    else
        cat <<EOF
start=\$(date +%s)
make -k -j2 build fixture-probes >reports/build.log 2>&1
echo "build \$((\$(date +%s) - start))" >reports/times.txt
start=\$(date +%s)
\$pytest cases $jobs --reports-dir=reports --junitxml=reports/junit.xml >reports/run.log 2>&1
echo "run \$((\$(date +%s) - start))" >>reports/times.txt
start=\$(date +%s)
{ \$pytest pytest/tests --no-reports $jobs -m "not serial" $(echo $SKIP_SELFTESTS) &&
  \$pytest --no-reports -m serial pytest/tests/test_runner_verdicts.py; } >reports/selftest.log 2>&1
echo \$? >reports/selftest.rc
echo "selftest \$((\$(date +%s) - start))" >>reports/times.txt
exit 0
EOF
    fi
}
# Self-tests that need the whole suite as root on the host, the bundle, or the roots themselves.
SKIP_SELFTESTS="--ignore=pytest/tests/test_bundle.py --ignore=pytest/tests/test_unprivileged.py
  --ignore=pytest/tests/test_oldest_pytest.py"
# Enough of the runner's self-tests to try it on a pytest: every verdict, bad input, reports,
# the pytest/xdist compatibility, with only the launcher, helpers and fixture probes built.
QUICK_SELFTESTS="pytest/tests/test_judge.py pytest/tests/test_runner_verdicts.py
  pytest/tests/test_runner_input.py pytest/tests/test_reports.py pytest/tests/test_pytest_compat.py"

# run_in ROOT SCRIPT: SCRIPT run by bash inside ROOT, in private mount and PID namespaces:
# every mount and process ends with it. pivot_root, not chroot, so that the probes' own
# namespaces (user namespaces included) still work.
run_in() {
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
    ' distro-check "$1" "$2"
}

# check DIST: one release, its reports in reports/distro-DIST/.
check() {
    local dist=$1 out=reports/distro-$1 root rc=0 started
    started=$(date +%s)
    work=$(newwork)
    cache "$dist" || { rc=$?; cleanup; return $rc; }
    root=$work/root
    mkdir -p "$root"
    tar -C "$root" -xf "/var/tmp/ipcprobe-distro-$dist.tar"
    mkdir -p "$root/src"
    tar -C "$root/src" -xf "$snapshot"
    say "$dist: building and running inside the root"
    run_in "$root" "$(inside_script)" || rc=$?
    if [ -z "$selftests_only" ]; then  # (a self-test leaves the reports of a full check alone)
        rm -rf "$out" && mkdir -p "$out"
        cp -r "$root/src/reports/." "$out/"
        echo "total $(($(date +%s) - started))" >>"$out/times.txt"
    fi
    cleanup
    return $rc
}

# summary DIST: one line per release: its versions, verdicts, self-tests and times.
summary() {
    local out=reports/distro-$1
    [ -s "$out/results.json" ] || { say "$1: the run wrote no results"; tail -20 "$out/run.log" "$out/build.log" >&2 2>/dev/null; return 1; }
    "$PYTHON" - "$1" "$out" <<'EOF'
import json, re, sys
from pathlib import Path
dist, out = sys.argv[1], Path(sys.argv[2])
versions = dict(l.split(" ", 1) for l in (out / "versions.txt").read_text().splitlines() if " " in l)
times = dict(l.split() for l in (out / "times.txt").read_text().splitlines())
counts = json.loads((out / "results.json").read_text())["counts"]
tail = [" + ".join(l.strip("= ") for l in (out / "selftest.log").read_text().splitlines()
                  if re.match(r"=* ?\d+ (passed|failed)", l))]
print("%-9s %s; %s; self-tests: %s; %s s (build %s, run %s, self-tests %s)" % (
    dist, ", ".join("%s %s" % kv for kv in versions.items()),
    ", ".join("%d %s" % (counts.get(v, 0), v) for v in ("pass", "fail", "skip", "error")),
    tail[0] or "none", times.get("total"), times.get("build"),
    times.get("run"), times.get("selftest")))
EOF
    [ "$(cat "$out/selftest.rc" 2>/dev/null)" = 0 ] ||
        { say "$1: the runner's self-tests failed (see $out/selftest.log)"; return 1; }
}

# The working tree as it is when the check starts (every release gets the same), without
# builds and reports.
snapshot=$(mktemp "/var/tmp/ipcprobe-distro.$$.src.XXXXXX")
tar -C . --exclude=./.git --exclude=./build --exclude='./build-*' --exclude='./reports/*' \
    --exclude=__pycache__ --exclude=.pytest_cache -cf "$snapshot" .

if [ -n "$selftests_only" ]; then
    status=0
    for dist in $dists; do
        check "$dist" || { status=$?; break; }
    done
    exit $status
fi

failed=
for dist in $dists; do
    check "$dist" || failed="$failed $dist"
done
echo
ran=
for dist in $dists; do
    if summary "$dist"; then ran="$ran $dist"; elif [ -s "reports/distro-$dist/results.json" ]; then
        ran="$ran $dist"; failed="$failed $dist"; else failed="$failed $dist"; fi
done

# One table: this box and every release, named after them (compare.py names columns by file).
host=${HOST_RESULTS:-reports/results.json}
work=$(newwork)
files=()
if [ -s "$host" ]; then
    cp "$host" "$work/host.json" && files+=("$work/host.json")
else
    say "no $host to compare with (make run first, or set HOST_RESULTS=)"
fi
for dist in $ran; do
    cp "reports/distro-$dist/results.json" "$work/$dist.json" && files+=("$work/$dist.json")
done
if [ ${#files[@]} -ge 2 ]; then
    echo
    "$PYTHON" pytest/compare.py "${files[@]}" || true
fi
say "reports in reports/distro-{$(echo $dists | tr ' ' ,)}/"
if [ -n "$failed" ]; then
    say "not run completely:$(echo "$failed" | tr ' ' '\n' | sort -u | tr '\n' ' ')"
    exit 1
fi
