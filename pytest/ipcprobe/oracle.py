"""The blocked-state oracle's calibration, once per run: what /proc shows on this box for a
task blocked in each call the oracle knows (harness/oracle.h). The launcher learns it
(`ipcprobe-isolate --oracle`) inside the run's namespaces and without any LD_PRELOAD, so a
mutant cannot spoil it; every probe then gets it in IPCPROBE_ORACLE."""
import subprocess


def calibrate(isolate, isolation, env, timeout=60):
    """{call: (key, shown or None, why)} from the launcher's lines "<call> <key> <shown>" or
    "<call> <key> ? <why>"; {} when the launcher could not say."""
    cmd = [isolate] if isolation == "none" else [isolate, f"--isolation={isolation}", isolate]
    try:
        out = subprocess.run(cmd + ["--oracle"], capture_output=True, text=True,
                             timeout=timeout, env=env).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    calls = {}
    for line in out.splitlines():
        words = line.split(None, 3)
        if len(words) >= 3:
            shown = None if words[2] == "?" else words[2]
            calls[words[0]] = (words[1], shown, words[3] if len(words) > 3 else "")
    return calls


def env_value(calls):
    """IPCPROBE_ORACLE: "<key>=<shown>" (or "<key>=?"; shown "@<functions>", of its stack or
    its wchan, where that is the witness), comma-separated."""
    return ",".join(f"{key}={shown or '?'}" for key, shown, _ in calls.values())


def facts(calls):
    """For the box facts: each call's number as the probes name it and as /proc shows it, and
    whether the two agree (they do not under an emulator, or where libc takes another route)."""
    if not calls:
        return {"numbers": "not calibrated"}
    same = all(key == shown for key, shown, _ in calls.values() if shown)  # "?": absent here
    by_wchan = any(shown and shown.startswith("@") for _, shown, _ in calls.values())
    return {
        "numbers": "the probes' own" if same else
                   "none shown (no /proc/<pid>/syscall): each call by the kernel functions "
                   "it sleeps in"
                   if by_wchan else "differ from the probes' own ABI",
        "calls": {name: f"{key} shows as {shown}" if shown else f"{key}: not learned ({why})"
                  for name, (key, shown, why) in calls.items()},
    }
