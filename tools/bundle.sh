#!/bin/sh
# Pack the portable bundle: tools/bundle.sh STATIC_BUILD_DIR OUT_DIR [gz|xz]
# (make bundle calls it after building every probe statically in STATIC_BUILD_DIR).
# The archive holds one folder, ipcprobe-<version>/, laid out like the repository so the
# runner works unchanged: build/ (static probes, launcher, helpers, stripped), cases/ (the
# sources: one test item each), docs/SEED_CLAIMS.md, pytest/ipcprobe/ (the runner),
# conftest.py, pytest.ini, lib/python/ (pytest and the pure-Python packages it imports on
# Python 3.7 and later) and ipcprobe-run (from tools/ipcprobe-run.in).
set -eu
build=${1:?usage: tools/bundle.sh STATIC_BUILD_DIR OUT_DIR [gz|xz]}
out=${2:?usage: tools/bundle.sh STATIC_BUILD_DIR OUT_DIR [gz|xz]}
format=${3:-gz}
# Debian's interpreter, whose packages are copied (as in the Makefile).
[ -x /usr/bin/python3 ] && PYTHON=${PYTHON:-/usr/bin/python3} || PYTHON=${PYTHON:-python3}

# Packages pytest 7 imports on some Python from 3.7 on; the Debian package that has each.
# (importlib_metadata, zipp, more_itertools, typing_extensions: Python 3.7; exceptiongroup,
# tomli: Python < 3.11.)
PY_MODULES="pytest _pytest py pluggy iniconfig packaging attr attrs xdist execnet
  importlib_metadata zipp more_itertools typing_extensions exceptiongroup tomli"
PY_DEBS="python3-pytest python3-pytest-xdist python3-importlib-metadata python3-zipp
  python3-more-itertools python3-typing-extensions python3-exceptiongroup python3-tomli"

die() { echo "bundle: $*" >&2; exit 1; }

"$build/ipcprobe-isolate" --box | grep -q '"link": "static"' ||
    die "$build/ipcprobe-isolate is not a static build (run: make bundle)"
missing=""
for m in $PY_MODULES; do
    "$PYTHON" -c "import $m" 2>/dev/null || missing="$missing $m"
done
if [ -n "$missing" ]; then
    command -v apt-get >/dev/null 2>&1 || die "$PYTHON lacks:$missing (install them to bundle)"
    echo "bundle: fetching the Python packages a target Python < 3.11 needs:$missing" >&2
    [ "$(id -u)" -eq 0 ] || die "as root, run: apt-get install -y $PY_DEBS"
    install="apt-get install -y -qq --no-install-recommends $PY_DEBS"
    export DEBIAN_FRONTEND=noninteractive
    $install >&2 || { apt-get update -qq >&2 || true; $install >&2; } ||
        die "could not install $PY_DEBS"
fi

version=$(git describe --always --dirty 2>/dev/null || echo unknown)
arch=$("$build/ipcprobe-isolate" --box | sed -n 's/.*"machine": "\([^"]*\)".*/\1/p')
name=ipcprobe-$version
stage=$(mktemp -d "${TMPDIR:-/tmp}/ipcprobe-bundle.XXXXXX")
trap 'rm -rf "$stage"' EXIT
dest=$stage/$name
mkdir -p "$dest/build/probes" "$dest/build/helpers" "$dest/cases" "$dest/docs" \
         "$dest/pytest" "$dest/lib/python" "$dest/reports"

# Every probe with its source, the helpers, the launcher: stripped.
n=0
for src in cases/*/*.c; do
    id=${src#cases/}; id=${id%.c}
    [ -x "$build/probes/$id" ] || die "probe $id is not built in $build (the build failed?)"
    mkdir -p "$dest/build/probes/${id%/*}" "$dest/cases/${id%/*}"
    strip -o "$dest/build/probes/$id" "$build/probes/$id"
    cp "$src" "$dest/cases/$id.c"
    n=$((n + 1))
done
for h in "$build"/helpers/*; do strip -o "$dest/build/helpers/${h##*/}" "$h"; done
strip -o "$dest/build/ipcprobe-isolate" "$build/ipcprobe-isolate"

# The runner: everything under pytest/ipcprobe, the conftest that loads it, the seed claims.
tar -cf - --exclude=__pycache__ --exclude='*.pyc' pytest/ipcprobe | tar -xf - -C "$dest"
cp conftest.py "$dest/"
cp docs/SEED_CLAIMS.md docs/seed_zh.json "$dest/docs/"
sed 's/^testpaths *=.*/testpaths = cases/' pytest.ini >"$dest/pytest.ini"

# pytest and its pure-Python dependencies, with their metadata (xdist's entry point).
"$PYTHON" - "$dest/lib/python" $PY_MODULES <<'EOF'
import importlib, os, shutil, sys
from pathlib import Path
dest, names = Path(sys.argv[1]), sys.argv[2:]
ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
for name in names:
    mod = importlib.import_module(name)
    if not getattr(mod, "__file__", None):
        sys.exit(f"bundle: {sys.executable} has no module {name} to copy (a namespace package?)")
    path = Path(mod.__file__)
    shim = Path(importlib.import_module("_pytest").__file__).parents[1] / "py.py"
    if name == "py" and shim.is_file():  # pytest's own shim, not the old py library
        path = shim
    if path.name == "__init__.py":
        path = path.parent
        shutil.copytree(str(path), str(dest / path.name), ignore=ignore)
    else:
        shutil.copy2(str(path), str(dest / path.name))
    for so in (dest / path.name).rglob("*.so") if path.is_dir() else []:
        sys.exit(f"bundle: {name} is not pure Python ({so})")
    for meta in path.parent.glob("*") if path.name != "py.py" else []:
        stem = meta.name.split("-")[0].lower().replace("_", "")
        if (meta.suffix in (".dist-info", ".egg-info") and not (dest / meta.name).exists()
                and stem == name.lower().replace("_", "")):
            (shutil.copytree if meta.is_dir() else shutil.copy2)(str(meta), str(dest / meta.name))
xdist = list(dest.glob("pytest_xdist-*"))
if not xdist:  # the metadata directory of xdist is named after its distribution
    for meta in Path(importlib.import_module("xdist").__file__).parents[1].glob("pytest_xdist-*"):
        shutil.copytree(str(meta), str(dest / meta.name))
EOF

libc=$("$build/ipcprobe-isolate" --box | sed -n 's/.*"libc": "\([^"]*\)", "libc_version": "\([^"]*\)".*/\1 \2/p')
sed -e "s/@VERSION@/$version/g" -e "s/@LIBC@/$libc/g" -e "s/@ARCH@/$arch/g" tools/ipcprobe-run.in >"$dest/ipcprobe-run"
chmod 755 "$dest/ipcprobe-run"
echo "$version" >"$dest/VERSION"

mkdir -p "$out"
case $format in
    gz) archive=$out/$name-$arch.tar.gz; z=gzip ;;
    xz) archive=$out/$name-$arch.tar.xz; z="xz -T0" ;;
    *) die "unknown format '$format' (gz or xz)" ;;
esac
tar -C "$stage" --owner=0 --group=0 --numeric-owner -cf - "$name" | $z >"$archive.tmp"
mv "$archive.tmp" "$archive"
size=$(du -h "$archive" | cut -f1)
echo "bundle: $archive ($size; $n probes, $libc linked statically)"
