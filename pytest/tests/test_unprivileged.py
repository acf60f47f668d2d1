"""As an ordinary user the whole suite gives no FAIL, and every SKIP says why."""
import os
import shutil
import tempfile

import pytest


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to become another user")
def test_an_unprivileged_run_has_no_fail_and_every_skip_has_a_reason(ipcprobe):
    reports = tempfile.mkdtemp(prefix="ipcprobe-nobody.")
    try:
        os.chown(reports, 65534, 65534)
        run = ipcprobe("cases", user=65534, reports=reports)
        assert run.results, run.output[-3000:]
        assert run.results["box"]["uid"] == 65534
        failed = [f"{p['id']}: {p['message']}" for p in run.results["probes"]
                  if p["verdict"] in ("fail", "error")]
        assert not failed, "\n".join(failed)
        unexplained = [p["id"] for p in run.results["probes"]
                       if p["verdict"] == "skip" and not p["message"].strip()]
        assert not unexplained
    finally:
        shutil.rmtree(reports)
