"""The GitHub workflow (.github/workflows/ci.yml) parses, runs the distributions and
compilers it promises in privileged containers, every `make X` in it names a real target of
the Makefile, and `make deps` (tools/deps.sh) names, for each image, the packages that
distribution calls them (no Ubuntu or EL mirror is reachable here: the names are checked
against the distributions' documentation, see tools/deps.sh, and pinned here)."""
import os
import re
import shlex
import subprocess

import pytest

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
IMAGES = {"debian:11", "debian:12", "debian:testing", "ubuntu:22.04", "ubuntu:24.04",
          "almalinux:9", "fedora:latest", "alpine:latest", "archlinux:latest"}


@pytest.fixture(scope="module")
def workflow():
    yaml = pytest.importorskip("yaml", reason="python3-yaml is missing (make deps installs it)")
    return yaml.safe_load(WORKFLOW.read_text())


def make_targets():
    """Every target make knows (the Makefile and mk/*.mk), from its database (make -pn)."""
    out = subprocess.run(["make", "-pnq", "-C", str(ROOT), "-f", "Makefile", "help"],
                         capture_output=True, text=True, timeout=60).stdout
    targets, previous = set(), ""
    for line in out.splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+):(?!=)", line)
        if m and previous != "# Not a target:":
            targets.add(m.group(1))
        previous = line
    return targets


def make_goals(script):
    """The goals of each `make ...` command in a shell script (options and VAR=value skipped)."""
    goals = []
    for line in script.splitlines():
        for command in re.split(r"&&|\|\||;|\|", line):
            words = shlex.split(re.sub(r"\$\{\{.*?\}\}", "X", command), comments=True)
            if not words or words[0] != "make":
                continue
            goals += [w for w in words[1:] if not w.startswith("-") and "=" not in w]
    return goals


def steps(workflow):
    return [s for job in workflow["jobs"].values() for s in job.get("steps", [])]


def test_the_workflow_is_a_mapping_with_jobs(workflow):
    assert isinstance(workflow, dict), "ci.yml is not a YAML mapping"
    # PyYAML reads the key `on` as the boolean True.
    assert "on" in workflow or True in workflow, "ci.yml has no 'on' (triggers)"
    assert workflow.get("jobs"), "ci.yml has no jobs"


def test_the_matrix_covers_the_promised_images_and_compilers(workflow):
    for name, job in workflow["jobs"].items():
        matrix = job["strategy"]["matrix"]
        images = {os["image"] for os in matrix["os"]}
        assert images == IMAGES, f"job {name}: images {sorted(images)}"
        assert set(matrix["cc"]) == {"gcc", "clang"}, f"job {name}: compilers {matrix['cc']}"
        assert "--privileged" in job["container"]["options"], f"job {name}: not privileged"


def test_the_jobs_run_make_deps_and_check_and_keep_the_reports(workflow):
    runs = "\n".join(s.get("run", "") for s in steps(workflow))
    goals = make_goals(runs)
    assert "deps" in goals and "check" in goals, f"make goals in ci.yml: {goals}"
    uploads = [s for s in steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact")]
    assert uploads and uploads[0]["with"]["path"].rstrip("/") == "reports", "reports/ is not uploaded"
    assert uploads[0].get("if") == "always()", "reports must be uploaded when the run fails too"


def test_every_make_goal_in_the_workflow_is_a_real_target(workflow):
    targets = make_targets()
    assert {"run", "check", "deps"} <= targets, "could not read make's database (make -pn)"
    goals = make_goals("\n".join(s.get("run", "") for s in steps(workflow)))
    missing = [g for g in goals if g not in targets]
    assert not missing, f"ci.yml runs make targets that do not exist: {missing}"


def test_goals_are_read_from_make_commands_only():
    script = "apt-get install -y make\nmake deps CC=${{ matrix.cc }} && make -j2 check V=1 # note"
    assert make_goals(script) == ["deps", "check"]


# /etc/os-release of each image (the lines deps.sh reads), and what must be in its commands.
OS_RELEASE = {
    "debian:11": 'ID=debian\nVERSION_ID="11"\n',
    "ubuntu:22.04": 'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"\n',
    "ubuntu:24.04": 'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n',
    "almalinux:9": 'ID="almalinux"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.4"\n',
    "rockylinux:9": 'ID="rocky"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.4"\n',
    "centos:stream9": 'ID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="9"\n',
    "fedora:latest": 'ID=fedora\nVERSION_ID=41\n',
}
APT = ["apt-get install", " check ", "libc6-dev", "pkg-config", "python3-pytest ", "python3-yaml"]
EL9 = ["dnf install -y epel-release", "dnf --enablerepo=crb install", "check-devel",
       "pkgconf-pkg-config", "python3-pytest ", "python3-pyyaml", "procps-ng", "iproute"]
NAMES = {"debian:11": APT, "ubuntu:22.04": APT, "ubuntu:24.04": APT, "almalinux:9": EL9,
         "rockylinux:9": EL9, "centos:stream9": EL9,
         "fedora:latest": ["dnf install -y gcc", "check-devel", "python3-pytest "]}
XDIST = {"debian:11": "apt-get install", "ubuntu:22.04": "apt-get install",
         "ubuntu:24.04": "apt-get install", "almalinux:9": "dnf --enablerepo=crb install",
         "rockylinux:9": "dnf --enablerepo=crb install", "centos:stream9": "dnf --enablerepo=crb install",
         "fedora:latest": "dnf install"}


@pytest.mark.parametrize("image", sorted(OS_RELEASE))
def test_make_deps_names_each_distributions_packages(image, tmp_path):
    release = tmp_path / "os-release"
    release.write_text(OS_RELEASE[image])
    env = dict(os.environ, OS_RELEASE=str(release), CC="gcc")
    out = subprocess.run(["sh", str(ROOT / "tools" / "deps.sh"), "--print"], env=env,
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    main, optional = out.stdout.splitlines()
    for name in NAMES[image]:
        assert name in main + " ", f"{image}: '{name.strip()}' missing from: {main}"
    assert "xdist" not in main, "pytest-xdist is optional: it must not fail the main install"
    assert XDIST[image] in optional and "pytest-xdist" in optional, optional


def test_every_image_of_the_matrix_has_its_names_pinned(workflow):
    for job in workflow["jobs"].values():
        images = {os["image"] for os in job["strategy"]["matrix"]["os"]}
        pinned = set(OS_RELEASE) | {"debian:12", "debian:testing", "alpine:latest",
                                    "archlinux:latest"}
        assert images <= pinned, sorted(images - pinned)
