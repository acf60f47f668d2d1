# Loads ipcprobe's pytest plugin from the folder pytest/ (see pytest/ipcprobe/__init__.py),
# once this Python and this pytest are ones it supports (ipcprobe/compat.py says which).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pytest"))
from ipcprobe import compat  # noqa: E402

compat.require_supported()
pytest_plugins = ["ipcprobe.plugin"]
