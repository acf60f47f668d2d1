#!/bin/bash
# make arches: the suite cross-built, statically, for other architectures and run on this box
# under qemu-user, with two emulator versions (Debian bookworm's 7.2 and trixie's 10.0).
#   ARCHES="aarch64 armhf riscv64 s390x ppc64el"   which targets (names below)
#   QEMUS="bookworm trixie"                        which Debian releases' qemu-user
#   K="expr" CASE="id ..."                         only those probes (pytest -k, --case)
#   tools/arches.sh --bundle ARCH                  (make bundle ARCH=...) the portable bundle for
#                                                  a real box of that architecture, not run here
#   tools/arches.sh --check                        only check the words of ARCHES and QEMUS
#                                                  (make arches does, before it installs anything)
#   tools/arches.sh --registration ARCH EMULATOR   the binfmt_misc line of a target (for tests)
# Each target: Check cross-built from Debian's source once (cached in /var/tmp), the probes,
# helpers and launcher into build-<arch>/, then one run per emulator with its reports in
# reports/arches/<arch>-qemu-<version>/ (box facts: runs_on "qemu-user <version>").
# The emulators are Debian's static qemu-user packages, unpacked (tools/qemu-user-fetch.sh) and
# run from there through binfmt_misc, so that the launcher, the probes and whatever they exec
# all run under the emulator. As root: the host's binfmt_misc, one entry per target registered
# for its runs and removed after (also on SIGINT/SIGTERM; an entry left by a run killed with
# SIGKILL is removed by the next), and unmounted again if this run mounted it. Otherwise, on
# Linux 6.7 or later: a binfmt_misc of the run's own user namespace (tools/arches-userns.sh),
# gone with the run's processes; the probes run as the caller, isolation ns inside it.
set -uo pipefail
ARCHES=${ARCHES:-aarch64 armhf riscv64 s390x ppc64el}
QEMUS=${QEMUS:-bookworm trixie}
PYTHON=${PYTHON:-python3}
JOBS=${JOBS:-auto}
CACHE=${IPCPROBE_CACHE:-/var/tmp}
out=reports/arches
binfmt=/proc/sys/fs/binfmt_misc
say() { echo "arches: $*"; }

# name: GNU triplet, Debian architecture, qemu target, ELF magic and mask for binfmt_misc
# (as qemu's scripts/qemu-binfmt-conf.sh gives them: class, data, version, type, machine).
target() {
    case $1 in
        aarch64) echo "aarch64-linux-gnu arm64 aarch64" \
            '\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00' \
            '\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff' ;;
        armhf) echo "arm-linux-gnueabihf armhf arm" \
            '\x7f\x45\x4c\x46\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x28\x00' \
            '\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff' ;;
        riscv64) echo "riscv64-linux-gnu riscv64 riscv64" \
            '\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xf3\x00' \
            '\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff' ;;
        s390x) echo "s390x-linux-gnu s390x s390x" \
            '\x7f\x45\x4c\x46\x02\x02\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x16' \
            '\xff\xff\xff\xff\xff\xff\xff\xfc\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff' ;;
        ppc64el) echo "powerpc64le-linux-gnu ppc64el ppc64le" \
            '\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x15\x00' \
            '\xff\xff\xff\xff\xff\xff\xff\xfc\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\x00' ;;
        *) return 1 ;;
    esac
}
all_targets="aarch64 armhf riscv64 s390x ppc64el"

# QEMUS: the Debian releases whose static qemu-user tools/qemu-user-fetch.sh can fetch, and
# the qemu each brings.
qemu_of() {
    case $1 in
        bookworm) echo 7.2 ;;
        trixie) echo 10.0 ;;
        forky) echo "of testing" ;;
        sid) echo "of unstable" ;;
        *) return 1 ;;
    esac
}
all_releases="bookworm trixie forky sid"

# Every word of ARCHES and QEMUS is known, before anything is fetched or built.
check_words() {
    local bad=0 w r hint releases=""
    for r in $all_releases; do releases="${releases:+$releases, }$r (qemu $(qemu_of "$r"))"; done
    for w in $ARCHES; do
        target "$w" >/dev/null && continue
        say "ARCHES: unknown target '$w'; accepted: $all_targets" >&2; bad=1
    done
    for w in $QEMUS; do
        qemu_of "$w" >/dev/null && continue
        hint=""
        for r in $all_releases; do
            case $w in "$(qemu_of "$r")" | "$(qemu_of "$r")".*) hint=" ($w is $r's qemu: QEMUS=$r)" ;; esac
        done
        say "QEMUS: '$w' is not a Debian release known here$hint; QEMUS takes release names: $releases" >&2
        bad=1
    done
    [ -n "${ARCHES// /}" ] || { say "ARCHES names no target; accepted: $all_targets" >&2; bad=1; }
    [ -n "${QEMUS// /}" ] || { say "QEMUS names no release; accepted: $releases" >&2; bad=1; }
    return $bad
}
[ "${1:-}" = --bundle ] && ARCHES=${2:?usage: tools/arches.sh --bundle ARCH} QEMUS=${QEMUS%% *}
check_words || exit 2
[ "${1:-}" = --check ] && exit 0

# ---- binfmt_misc: registered for a run, removed after -------------------------------
mounted_binfmt=0 entry="" route="" userns_run=""
unregister() {
    [ -n "$entry" ] && [ -e "$binfmt/$entry" ] && echo -1 >"$binfmt/$entry"
    entry=""
}
# The run in a user namespace ends with the first process of its PID namespace (the kernel
# kills the rest); its parent, unshare, returns once they are all gone.
end_userns_run() {
    [ -n "$userns_run" ] || return 0
    local first
    first=$(cat "/proc/$userns_run/task/$userns_run/children" 2>/dev/null)
    kill -KILL ${first:-$userns_run} 2>/dev/null
    wait "$userns_run" 2>/dev/null
    userns_run=""
}
cleanup() {
    unregister
    end_userns_run
    [ $mounted_binfmt = 1 ] && umount "$binfmt" && mounted_binfmt=0
}
trap cleanup EXIT
trap 'say interrupted; cleanup; trap - EXIT; exit 130' INT TERM

# root: the host's binfmt_misc; otherwise a user namespace's own, or a plain no and why.
choose_route() {
    if [ "$(id -u)" -eq 0 ]; then
        route=host
        say "binfmt_misc: the host's, one entry per target for its runs (root)"
        binfmt_ready
        return
    fi
    local why
    if why=$(sh tools/arches-userns.sh --check 2>&1); then
        route=userns
        say "binfmt_misc: a user namespace's own for each run (not root, Linux 6.7 or later);"
        say "the probes run as uid $(id -u), isolation ns inside that user namespace"
        return
    fi
    say "cannot run the emulator as uid $(id -u): ${why#arches: }"
    say "make arches needs root (the host's binfmt_misc), or Linux 6.7 or later and user"
    say "namespaces for this user (one with a binfmt_misc of its own). Naming the emulator"
    say "(qemu-aarch64 PROGRAM) is not enough: qemu-user passes a guest's execve() to the host"
    say "kernel unchanged (linux-user/syscall.c), so the launcher's exec of each probe and a"
    say "probe's exec of a helper fail with ENOEXEC unless binfmt_misc hands them to it."
    return 1
}

binfmt_ready() {
    if [ ! -e "$binfmt/register" ]; then
        mount -t binfmt_misc binfmt_misc "$binfmt" || { say "cannot mount binfmt_misc"; return 1; }
        mounted_binfmt=1
    fi
    # Entries of earlier runs killed before they could remove theirs (their pid is gone).
    for e in "$binfmt"/ipcprobe-*; do
        [ -e "$e" ] || continue
        pid=${e##*-}
        kill -0 "$pid" 2>/dev/null || { echo -1 >"$e" && say "removed a stale entry ${e##*/}"; }
    done
}

# F: the emulator is opened now (it works inside the probes' mount namespaces); P: argv[0]
# is kept, as a native exec would.
registration() { echo ":$1:M::$3:$4:$2:FP"; } # name emulator magic mask
register() { # arch emulator magic mask
    entry=ipcprobe-$1-$$
    registration "$entry" "$2" "$3" "$4" >"$binfmt/register" || { entry=""; return 1; }
}

# ---- tools/arches.sh --registration ARCH EMULATOR ---------------------------------------
if [ "${1:-}" = --registration ]; then
    t=$(target "${2:-}") || { say "${2:-}: unknown (aarch64 armhf riscv64 s390x ppc64el)"; exit 2; }
    read -r triplet debarch qemu magic mask <<<"$t"
    registration "ipcprobe-$2" "${3:?usage: tools/arches.sh --registration ARCH EMULATOR}" "$magic" "$mask"
    exit
fi

# ---- build --------------------------------------------------------------------------
# Debian's gcc-<triplet> when it is installed; otherwise clang --target=<triplet> on the same
# cross C library, libgcc and binutils (gcc-12-<triplet> conflicts with gcc-multilib, which
# make matrix needs: the clang route lets both live on one box).
cross_cc() { # triplet
    if command -v "$1-gcc" >/dev/null 2>&1; then echo "$1-gcc"
    elif command -v clang >/dev/null 2>&1 && [ -d "/usr/lib/gcc-cross/$1" ]; then echo "clang --target=$1"
    else return 1; fi
}

build() { # arch triplet debarch
    local arch=$1 triplet=$2 debarch=$3 check=$CACHE/ipcprobe-check-$3 log=$out/$1-build.log cc
    cc=$(cross_cc "$triplet") || { say "$arch: skipped: no $triplet-gcc nor clang with /usr/lib/gcc-cross/$triplet (make arches-deps)"; return 1; }
    tools/check-from-source.sh "$check" "$cc" "$triplet" || { say "$arch: skipped: no Check"; return 1; }
    export PKG_CONFIG_LIBDIR=$check/lib/pkgconfig
    say "$arch: building into build-$arch/ ($cc, static)"
    local start=$SECONDS
    make -k -j2 build BUILD=build-$arch CC="$cc" LDFLAGS=-static \
        "CFLAGS=-O2 -g -DIPCPROBE_LINK='\"static\"'" \
        "CHECK_LIBS=$(pkg-config --static --libs check)" >"$log" 2>&1
    unset PKG_CONFIG_LIBDIR
    local missing=()
    for src in cases/*/*.c; do
        id=${src#cases/}; id=${id%.c}
        [ -x "build-$arch/probes/$id" ] || missing+=("$id")
    done
    [ ${#missing[@]} -eq 0 ] || say "$arch: did not compile (see $log): ${missing[*]}"
    [ -x "build-$arch/ipcprobe-isolate" ] || { say "$arch: the harness did not build (see $log)"; return 1; }
    say "$arch: built in $((SECONDS - start)) s"
}

# ---- make bundle ARCH=<arch> ----------------------------------------------------------
if [ "${1:-}" = --bundle ]; then
    arch=$2
    read -r triplet debarch qemu magic mask <<<"$(target "$arch")"
    mkdir -p "$out"
    build "$arch" "$triplet" "$debarch" || exit 1
    # The launcher's facts, asked of it under the emulator named explicitly (no binfmt_misc).
    suite=$QEMUS
    tools/qemu-user-fetch.sh "$suite" "$CACHE/ipcprobe-qemu-$suite" || exit 1
    emulator=$(ls "$CACHE/ipcprobe-qemu-$suite/usr/bin/qemu-$qemu-static" \
        "$CACHE/ipcprobe-qemu-$suite/usr/bin/qemu-$qemu" 2>/dev/null | head -1)
    box=$("$emulator" "build-$arch/ipcprobe-isolate" --box) || { say "$arch: the launcher does not run under $emulator"; exit 1; }
    BUNDLE_BOX=$box STRIP=$triplet-strip PYTHON=$PYTHON sh tools/bundle.sh "build-$arch" reports "${BUNDLE_FORMAT:-xz}"
    exit
fi

# ---- run ----------------------------------------------------------------------------
pytest_jobs=()
case $JOBS in 0|1) ;; *) pytest_jobs=(-n "$JOBS") ;; esac
chosen=()
for c in ${CASE:-}; do chosen+=(--case="$c"); done
[ -z "${K:-}" ] || chosen+=(-k "$K")
mkdir -p "$out"
choose_route || exit 1
emulators=()
for suite in $QEMUS; do
    tools/qemu-user-fetch.sh "$suite" "$CACHE/ipcprobe-qemu-$suite" && emulators+=("$suite")
done
[ ${#emulators[@]} -gt 0 ] || { say "no emulator could be fetched"; exit 1; }

broken=0 ran=()
for arch in $ARCHES; do
    read -r triplet debarch qemu magic mask <<<"$(target "$arch")"
    build "$arch" "$triplet" "$debarch" || continue
    for suite in "${emulators[@]}"; do
        dir=$CACHE/ipcprobe-qemu-$suite
        emulator=$(ls "$dir/usr/bin/qemu-$qemu-static" "$dir/usr/bin/qemu-$qemu" 2>/dev/null | head -1)
        version=$(cat "$dir/VERSION")
        name=$arch-qemu-$version
        [ -x "$emulator" ] || { say "$name: skipped: no qemu-$qemu in $dir"; continue; }
        mkdir -p "$out/$name" && rm -f "$out/$name/results.json"
        pytest=("$PYTHON" -m pytest cases "${pytest_jobs[@]}" "${chosen[@]}" -q -p no:cacheprovider
                --build-dir="build-$arch" --reports-dir="$out/$name" ${TIME_SCALE:+--time-scale=$TIME_SCALE})
        start=$SECONDS
        if [ $route = host ]; then
            register "$arch" "$emulator" "$magic" "$mask" || { say "$name: binfmt_misc refused the entry"; broken=1; continue; }
            IPCPROBE_RUNS_ON="qemu-user $version" "${pytest[@]}" >"$out/$name/run.log" 2>&1
            unregister
        else
            # In the background, so that SIGINT and SIGTERM end it at once (cleanup); env gives
            # the run SIGINT and SIGQUIT back, which a background job ignores.
            line=$(registration "ipcprobe-$arch" "$emulator" "$magic" "$mask")
            IPCPROBE_RUNS_ON="qemu-user $version" tools/arches-userns.sh "$line" -- \
                env --default-signal=INT,QUIT "${pytest[@]}" --isolation=ns >"$out/$name/run.log" 2>&1 &
            userns_run=$!
            wait $userns_run
            userns_run=""
        fi
        if [ ! -s "$out/$name/results.json" ]; then
            say "$name: the run wrote no results (see $out/$name/run.log)"; broken=1; continue
        fi
        say "$name: $(grep -m1 '^total ' "$out/$name/run.log" | tr -s ' ') (pass fail skip error) in $((SECONDS - start)) s"
        cp "$out/$name/results.json" "$out/$name.json"
        ran+=("$out/$name.json")
    done
done

echo
if [ ${#chosen[@]} -gt 0 ]; then
    say "K/CASE chose the probes: no comparison with x86_64"
elif [ ${#ran[@]} -ge 1 ] && [ -s fixtures/baselines/debian12-x86_64.json ]; then
    "$PYTHON" pytest/compare.py fixtures/baselines/debian12-x86_64.json "${ran[@]}" \
        | tee "$out/compare.txt"
    [ $? -le 1 ] || broken=1   # 1 = verdicts differ from x86_64: the answer, not a failure
fi
exit $broken
