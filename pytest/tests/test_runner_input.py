"""Bad input gets one clear error: unknown case, nothing selected, missing build."""
from conftest import FIXTURES


def test_unknown_case_name_is_a_usage_error_with_suggestions(ipcprobe):
    run = ipcprobe(*FIXTURES, "--case=selftest/pases")
    assert run.returncode == 4
    assert "unknown case 'selftest/pases'" in run.output
    assert "selftest/passes" in run.output  # the suggestion


def test_a_k_expression_matching_nothing_says_so(ipcprobe):
    run = ipcprobe(*FIXTURES, "-k", "no_such_behaviour")
    assert run.returncode == 5
    assert "no probe matched -k 'no_such_behaviour'" in run.output


def test_a_missing_build_is_an_error_naming_the_fix(ipcprobe, tmp_path):
    run = ipcprobe("--cases-dir=fixtures/probes", f"--probes-dir={tmp_path}/nothing",
                   "fixtures/probes", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "error"
    assert "not built" in run.probe("selftest/passes")["message"]
    assert "make build" in run.probe("selftest/passes")["message"]


def test_markers_select_by_mechanism(ipcprobe):
    run = ipcprobe(*FIXTURES, "-m", "selftest and not needs_root", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "pass"


def test_a_probe_that_is_not_executable_is_an_error_saying_so(ipcprobe, tmp_path):
    probes = tmp_path / "probes" / "selftest"
    probes.mkdir(parents=True)
    (probes / "passes").write_text("not a program")
    run = ipcprobe("--cases-dir=fixtures/probes", f"--probes-dir={tmp_path}/probes",
                   "fixtures/probes", "--case=selftest/passes")
    assert run.probe("selftest/passes")["verdict"] == "error"
    assert "not executable" in run.probe("selftest/passes")["message"]
