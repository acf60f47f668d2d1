"""make arches: an unknown word of ARCHES or QEMUS stops the run before anything is
installed, fetched or built, naming the word and what is accepted (tools/arches.sh --check,
which mk/arches.mk runs before deps and arches-deps)."""
import os
import subprocess

from conftest import ROOT


def check_words(**words):
    env = {k: v for k, v in os.environ.items() if k not in ("ARCHES", "QEMUS")}
    return subprocess.run(["bash", "tools/arches.sh", "--check"], cwd=ROOT, env={**env, **words},
                          capture_output=True, text=True, timeout=30)


def test_a_qemu_version_for_qemus_names_the_word_the_releases_and_the_release_meant():
    run = check_words(QEMUS="bookworm 7.2")
    assert run.returncode == 2
    assert "QEMUS: '7.2' is not a Debian release" in run.stderr
    assert "QEMUS=bookworm" in run.stderr  # 7.2 is what bookworm brings
    assert "bookworm (qemu 7.2), trixie (qemu 10.0)" in run.stderr


def test_a_word_that_is_no_release_is_refused():
    run = check_words(QEMUS="nonsense")
    assert run.returncode == 2
    assert "'nonsense' is not a Debian release" in run.stderr


def test_an_unknown_target_is_named_with_the_targets_accepted():
    run = check_words(ARCHES="aarch64 mips")
    assert run.returncode == 2
    assert "unknown target 'mips'; accepted: aarch64 armhf riscv64 s390x ppc64el" in run.stderr


def test_the_defaults_and_every_release_pass():
    assert check_words().returncode == 0
    assert check_words(QEMUS="bookworm trixie forky sid").returncode == 0


def test_make_arches_checks_the_words_before_it_installs_anything():
    plan = subprocess.run(["make", "-n", "arches", "QEMUS=7.2"], cwd=ROOT, capture_output=True,
                          text=True, timeout=30).stdout.splitlines()
    first = next(i for i, line in enumerate(plan) if "tools/" in line)
    assert "tools/arches.sh --check" in plan[first], plan
