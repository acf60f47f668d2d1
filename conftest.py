# Loads ipcprobe's pytest plugin from the folder pytest/ (see pytest/ipcprobe/__init__.py).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "pytest"))
pytest_plugins = ["ipcprobe.plugin"]
