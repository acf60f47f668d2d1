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

# What pytest needs on every Python, and what it needs on some (copied when this box has it):
# importlib_metadata, zipp, typing_extensions (Python 3.7), exceptiongroup and tomli (pytest 7
# on Python < 3.11), toml and py (pytest 6), attr(s), more_itertools, pyparsing, six (older
# packaging). Besides these, whatever else pytest imports here is copied too.
PY_MODULES="pytest _pytest pluggy iniconfig packaging xdist execnet"
PY_OPTIONAL="py attr attrs importlib_metadata zipp more_itertools typing_extensions
  exceptiongroup tomli toml pyparsing six"
# The Debian packages of those (each installed when missing; a release may lack some).
PY_DEBS="python3-pytest python3-pytest-xdist python3-importlib-metadata python3-zipp
  python3-more-itertools python3-typing-extensions python3-exceptiongroup python3-tomli"

die() { echo "bundle: $*" >&2; exit 1; }
# A build for another architecture (make bundle ARCH=...) cannot run here: tools/arches.sh
# passes its facts (asked under qemu-user) in BUNDLE_BOX and the cross strip in STRIP.
box=${BUNDLE_BOX:-$("$build/ipcprobe-isolate" --box)}
strip=${STRIP:-strip}
has() { (cd / && "$PYTHON" -c "import $1") 2>/dev/null; }

echo "$box" | grep -q '"link": "static"' ||
    die "$build/ipcprobe-isolate is not a static build (run: make bundle)"
missing=""
for m in $PY_MODULES $PY_OPTIONAL; do
    has "$m" || missing="$missing $m"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    echo "bundle: fetching the Python packages a target Python < 3.11 may need:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    for deb in $PY_DEBS; do
        dpkg -s "$deb" >/dev/null 2>&1 || apt-get install -y -qq --no-install-recommends "$deb" \
            >/dev/null 2>&1 || echo "bundle: $deb: not in this release's packages (skipped)" >&2
    done
fi
for m in $PY_MODULES; do
    has "$m" || die "$PYTHON lacks $m (as root: apt-get install -y $PY_DEBS)"
done

version=$(git describe --always --dirty 2>/dev/null || echo unknown)
arch=$(echo "$box" | sed -n 's/.*"machine": "\([^"]*\)".*/\1/p')
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
    $strip -o "$dest/build/probes/$id" "$build/probes/$id"
    cp "$src" "$dest/cases/$id.c"
    n=$((n + 1))
done
for h in "$build"/helpers/*; do $strip -o "$dest/build/helpers/${h##*/}" "$h"; done
$strip -o "$dest/build/ipcprobe-isolate" "$build/ipcprobe-isolate"

# The runner: everything under pytest/ipcprobe, the conftest that loads it, the seed claims.
tar -cf - --exclude=__pycache__ --exclude='*.pyc' pytest/ipcprobe | tar -xf - -C "$dest"
cp conftest.py "$dest/"
cp docs/SEED_CLAIMS.md docs/seed_zh.json "$dest/docs/"
sed 's/^testpaths *=.*/testpaths = cases/' pytest.ini >"$dest/pytest.ini"

# pytest and its pure-Python dependencies, with their metadata (xdist's entry point).
(cd / && "$PYTHON" - "$dest/lib/python" $PY_MODULES -- $PY_OPTIONAL) <<'EOF'
import importlib, os, shutil, sys
from pathlib import Path
at_start = set(sys.modules)  # (site's own, such as setuptools' _distutils_hack: not pytest's)
dest, args = Path(sys.argv[1]), sys.argv[2:]
names = args[:args.index("--")]
required = set(names)
for name in args[args.index("--") + 1:]:
    try:
        importlib.import_module(name)
        names.append(name)
    except ImportError:
        pass
import pytest, _pytest.config, xdist.plugin, xdist.dsession, xdist.remote  # what a run imports
site = [p for p in sys.path if p.endswith(("dist-packages", "site-packages"))]
for mod in [m for n, m in list(sys.modules.items()) if n not in at_start]:
    file = getattr(mod, "__file__", None) or ""
    top = mod.__name__.split(".")[0]
    if any(file.startswith(s) for s in site) and top not in names:
        names.append(top)
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
    if path.suffix == ".so" or path.is_dir() and any(path.rglob("*.so")):
        if name in required:
            sys.exit(f"bundle: {name} is not pure Python ({path})")
        continue  # an optional speed-up (psutil for xdist): the bundle goes without
    if path.is_dir():
        shutil.copytree(str(path), str(dest / path.name), ignore=ignore)
    else:
        shutil.copy2(str(path), str(dest / path.name))
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

libc=$(echo "$box" | sed -n 's/.*"libc": "\([^"]*\)", "libc_version": "\([^"]*\)".*/\1 \2/p')
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
