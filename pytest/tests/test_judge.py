"""The verdict line and the exit status must agree; anything else is an ERROR."""
from ipcprobe.run import judge

ID = "pipe/x"


def test_a_pass_line_with_exit_0_passes():
    assert judge(ID, 0, "PASS pipe/x\n", "") == ("pass", "")


def test_a_fail_line_carries_its_message():
    assert judge(ID, 1, "FAIL pipe/x: expected 1; observed 2\n", "") == ("fail", "expected 1; observed 2")


def test_a_verdict_that_contradicts_the_exit_status_is_an_error():
    verdict, message = judge(ID, 0, "FAIL pipe/x: boom\n", "")
    assert verdict == "error" and "exit status 0" in message


def test_a_verdict_for_another_probe_is_an_error():
    verdict, message = judge(ID, 0, "PASS pipe/y\n", "")
    assert verdict == "error" and "pipe/y" in message


def test_two_verdict_lines_are_an_error():
    assert judge(ID, 0, "PASS pipe/x\nPASS pipe/x\n", "")[0] == "error"


def test_death_by_signal_through_the_launcher_names_the_signal():
    assert judge(ID, 128 + 11, "", "") == ("error", "the probe crashed: killed by SIGSEGV")
    assert judge(ID, -9, "", "") == ("error", "the probe crashed: killed by SIGKILL")


def test_an_isolation_failure_quotes_the_launcher():
    verdict, message = judge(ID, 125, "", "ipcprobe-isolate: mount tmpfs on /tmp: Permission denied\n")
    assert verdict == "error" and "mount tmpfs on /tmp" in message
