"""ipcprobe's orchestrator: run probe binaries, judge their verdicts, write reports.

This package lives in the folder pytest/ (which must never hold an __init__.py of its
own: it would hide pytest itself); conftest.py at the repository root puts pytest/ on
sys.path and loads ipcprobe.plugin.
"""
