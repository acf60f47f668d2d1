"""What differs between the Pythons and pytests the runner supports (Python 3.7 and pytest 6.0
onwards, to the newest), kept in one place so that the rest of the runner reads as if there
were one pytest. Written for any Python 3 (no f-strings), so that an older one is told
plainly what is needed instead of failing on syntax.

  pytest 6.1  Config.rootpath (a pathlib.Path) beside Config.rootdir (a py.path.local)
  pytest 7.0  Node.path and the hook argument file_path (pathlib) beside fspath and path;
              pytest 8 and 9 deprecate or drop the py.path forms
"""
import os
import re
import sys
from pathlib import Path

NEEDS_PYTHON = (3, 7)
NEEDS_PYTEST = (6, 0)


def version_tuple(text):
    """(8, 4, 2) from "8.4.2", (9, 0) from "9.0.dev3+g1234", (0,) from what is no version."""
    m = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", text)
    return tuple(int(n) for n in m.groups() if n is not None) if m else (0,)


def refusal(python, pytest_version):
    """Why this Python (a version tuple) or pytest (a version string) cannot run ipcprobe,
    or None when both are supported."""
    needs = ("ipcprobe needs Python %d.%d or later and pytest %d.%d or later"
             % (NEEDS_PYTHON + NEEDS_PYTEST))
    if tuple(python[:2]) < NEEDS_PYTHON:
        return "%s; this is Python %s (%s)" % (needs, ".".join(str(n) for n in python[:3]),
                                               sys.executable)
    if version_tuple(pytest_version) < NEEDS_PYTEST:
        return "%s; this is pytest %s" % (needs, pytest_version)
    return None


def require_supported():
    """Stop pytest with one plain line (exit status 4, pytest's usage error) when this Python
    or pytest is too old. Called by conftest.py before the plugin is imported."""
    import pytest
    why = refusal(sys.version_info, getattr(pytest, "__version__", "0"))
    if why:
        sys.stderr.write("%s\n  (on Debian 11 and later, Ubuntu 22.04 and later, EL9: "
                         "make deps installs them)\n" % why)
        raise SystemExit(4)


def pytest_version():
    import pytest
    return version_tuple(pytest.__version__)


def rootpath(config):
    """The rootdir as a pathlib.Path (Config.rootpath from pytest 6.1, rootdir before)."""
    return Path(str(getattr(config, "rootpath", None) or config.rootdir))


def node_path(node):
    """A collector's file as a pathlib.Path (Node.path from pytest 7, fspath before)."""
    path = getattr(node, "path", None) if pytest_version() >= (7, 0) else None
    return Path(str(path if path is not None else node.fspath))


def file_from_parent(cls, parent, path):
    """cls.from_parent() for a file collector at `path` (a pathlib.Path)."""
    if pytest_version() >= (7, 0):
        return cls.from_parent(parent, path=path)
    import py
    return cls.from_parent(parent, fspath=py.path.local(os.fspath(path)))


def location_path(node):
    """What Node.reportinfo() returns as its file: path from pytest 7, fspath before."""
    return node.path if pytest_version() >= (7, 0) else node.fspath


def has_xdist(pluginmanager):
    """pytest-xdist is loaded (by its entry point or -p xdist.plugin, and not -p no:xdist)."""
    return any(getattr(p, "__name__", "") == "xdist.plugin" for p in pluginmanager.get_plugins())
