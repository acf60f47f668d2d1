#!/bin/bash
# make matrix: build the suite with each compiler/ABI/libc of MATRIX into build-<name>/, run
# it (reports in reports/matrix/<name>/), and compare the verdicts side by side.
#   names: <compiler>-<bits> with compiler gcc, clang or musl (musl-gcc); bits 64 or 32.
# A build this box cannot make (no clang, no i386 Check, no musl Check) is skipped with the
# reason. Exit 1 only when a build that could be made did not run; differing verdicts are
# the matrix's answer, not its failure.
set -uo pipefail
MATRIX=${MATRIX:-gcc-64 clang-64 gcc-32 clang-32 musl-64}
PYTHON=${PYTHON:-python3}
JOBS=${JOBS:-auto}
out=reports/matrix
mkdir -p "$out"
say() { echo "matrix: $*"; }
pytest_jobs=()
case $JOBS in 0|1) ;; *) pytest_jobs=(-n "$JOBS") ;; esac

# Can $cc (with $flags and this PKG_CONFIG_LIBDIR) build and link a program against Check?
links_check() {
    local log=$1
    printf '#include <check.h>\nint main(void) { return suite_create("x") == 0; }\n' |
        $cc $flags -x c - $(pkg-config --cflags --libs check 2>/dev/null) -lpthread -lrt \
            -o "$log.bin" >"$log" 2>&1
    local rc=$?
    rm -f "$log.bin"
    return $rc
}

ran=() broken=0
for name in $MATRIX; do
    compiler=${name%-*} bits=${name##*-}
    build=build-$name
    case $bits in 64) flags= ;; 32) flags=-m32 ;; *) say "$name: bits must be 32 or 64"; exit 2 ;; esac
    unset PKG_CONFIG_LIBDIR
    case $compiler in
        gcc | clang) cc=$compiler ;;
        musl) cc=musl-gcc ;;
        *) say "$name: unknown compiler '$compiler' (gcc, clang or musl)"; exit 2 ;;
    esac
    if [ "$bits" = 32 ]; then
        export PKG_CONFIG_LIBDIR=/usr/lib/i386-linux-gnu/pkgconfig:/usr/lib32/pkgconfig:/usr/share/pkgconfig
    fi
    if [ "$compiler" = musl ]; then
        if [ "$bits" = 32 ]; then say "$name: skipped: no 32-bit musl toolchain here"; continue; fi
        tools/check-from-source.sh "$build/check" musl-gcc || { say "$name: skipped: no Check for musl"; continue; }
        export PKG_CONFIG_LIBDIR=$PWD/$build/check/lib/pkgconfig
    fi
    command -v "$cc" >/dev/null 2>&1 || { say "$name: skipped: no $cc on PATH"; continue; }
    mkdir -p "$out/$name"
    if ! links_check "$out/$name/link-test.log"; then
        say "$name: skipped: $cc $flags cannot link against Check: $(grep -m1 -i error "$out/$name/link-test.log")"
        continue
    fi

    say "$name: building into $build/ ($cc${flags:+ $flags})"
    make -k -j"$(nproc)" build BUILD="$build" CC="$cc" CFLAGS="-O2 -g $flags" LDFLAGS="$flags" \
        >"$out/$name/build.log" 2>&1
    missing=()
    for src in cases/*/*.c; do
        id=${src#cases/}; id=${id%.c}
        [ -x "$build/probes/$id" ] || missing+=("$id")
    done
    [ ${#missing[@]} -eq 0 ] || say "$name: did not compile (see $out/$name/build.log): ${missing[*]}"
    if [ ! -x "$build/ipcprobe-isolate" ]; then
        say "$name: the harness did not build (see $out/$name/build.log)"; broken=1; continue
    fi

    rm -f "$out/$name/results.json"
    "$PYTHON" -m pytest cases "${pytest_jobs[@]}" -q -p no:cacheprovider --build-dir="$build" \
        --reports-dir="$out/$name" >"$out/$name/run.log" 2>&1
    if [ ! -s "$out/$name/results.json" ]; then
        say "$name: the run wrote no results (see $out/$name/run.log)"; broken=1; continue
    fi
    say "$name: $(grep -m1 '^total ' "$out/$name/run.log" | tr -s ' ') (pass fail skip error)"
    cp "$out/$name/results.json" "$out/$name.json"
    ran+=("$out/$name.json")
done

# A Debian 13 run (make distro-check DIST=trixie) joins the comparison when there is one.
for d in reports/distro-*/results.json; do
    [ -s "$d" ] || continue
    dist=${d#reports/distro-}; dist=${dist%/results.json}
    cp "$d" "$out/$dist.json" && ran+=("$out/$dist.json")
done

echo
if [ ${#ran[@]} -ge 2 ]; then
    "$PYTHON" pytest/compare.py "${ran[@]}"
    [ $? -le 1 ] || broken=1   # 1 = a regression on the second build: shown, not fatal
else
    say "fewer than two builds ran: nothing to compare"
fi
exit $broken
