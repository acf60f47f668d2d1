"""The runner's own tests pass with the oldest pytest it supports: Debian 11's pytest 6.0.2
(Python 3.9, pytest-xdist 2.2), inside the cached Debian 11 root of `make distro-check`
(built once with debootstrap when it is not cached: about two minutes). A box that cannot
have that root (not root, no debootstrap, no Debian mirror) skips, saying which."""
import os
import re
import signal
import subprocess

import pytest

from conftest import ROOT

OLDEST = "bullseye"


@pytest.mark.serial
@pytest.mark.skipif(os.geteuid() != 0, reason="the Debian 11 root needs root (mounts, pivot_root)")
def test_the_self_tests_pass_with_debian_11s_pytest_6_0_2():
    proc = subprocess.Popen(["bash", "tools/distro-check.sh", "--selftests-only", OLDEST],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=900)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if proc.returncode == 77:
        pytest.skip("no Debian 11 root here: " + output.strip().splitlines()[-1])
    assert proc.returncode == 0, output[-4000:]
    assert "pytest 6.0.2\n" in output, output[-4000:]  # the versions it ran with come first
    summary = [l for l in output.splitlines() if re.match(r"=* ?\d+ passed", l)]
    assert summary and not re.search(r"failed|error", summary[-1]), output[-4000:]
