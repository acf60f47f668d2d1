"""A network namespace is the costliest one to make and tear down, so only the probes of the
mechanisms in NETNS_MECHANISMS, and those that declare .needs = "netns", get one (they name sockets: abstract names, addresses, ports,
interfaces, which parallel probes must not share). Every other probe must therefore open no
socket but an unnamed socketpair(): checked here in the sources of the probes and of the
helper programs they run, so that the saving never silently weakens the isolation."""
import os
import re
import subprocess

import pytest

from conftest import ROOT
from ipcprobe.plugin import NETNS_MECHANISMS

# Calls that create, name or reach a socket by address, the harness's helpers for them, and
# commands that change the network.
NAMED_SOCKETS = re.compile(
    r"\b(socket|bind|connect|listen|accept4?|sendto|getaddrinfo|if_nametoindex)\s*\("
    r"|\b(sock_(?!pair\b|send_fd\b|recv_fd\b|write_pattern\b|expect_pattern\b)\w+|tcp_\w+)\s*\("
    r'|"(ip|ss|nc)"|AF_INET|AF_NETLINK')
NEEDS_NETNS = re.compile(r'\.needs\s*=\s*"[^"]*\bnetns\b')  # a probe that declares it
HELPERS = {"socket_fd_reader"}  # harness/helpers run only by probes that have a namespace


def _code(path):
    text = path.read_text()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def test_probes_without_a_network_namespace_name_no_socket():
    offenders = []
    for source in sorted((ROOT / "cases").glob("*/*.c")):
        if source.parent.name in NETNS_MECHANISMS or NEEDS_NETNS.search(source.read_text()):
            continue
        found = NAMED_SOCKETS.search(_code(source))
        if found:
            offenders.append(f"{source.relative_to(ROOT)}: {found.group(0)}")
        for helper in HELPERS:
            if helper in source.read_text():
                offenders.append(f"{source.relative_to(ROOT)}: runs helpers/{helper}")
    assert not offenders, ("these probes get no network namespace (ipcprobe/plugin.py, "
                           "NETNS_MECHANISMS) but name sockets: " + "; ".join(offenders))


def test_only_the_listed_helpers_use_the_network():
    for helper in sorted((ROOT / "harness" / "helpers").glob("*.c")):
        if helper.stem not in HELPERS:
            assert not NAMED_SOCKETS.search(_code(helper)), helper


def test_the_checker_sees_a_named_socket():
    assert NAMED_SOCKETS.search("int s = socket(AF_UNIX, SOCK_STREAM, 0);")
    assert NAMED_SOCKETS.search("fd = sock_listen_abstract(name, getpid());")
    assert not NAMED_SOCKETS.search("sock_pair(SOCK_STREAM, sv); socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);")


@pytest.mark.skipif(os.geteuid() != 0, reason="namespaces as root (isolation ns)")
def test_the_launcher_makes_a_network_namespace_unless_told_not_to():
    isolate = ROOT / "build" / "ipcprobe-isolate"
    if not os.access(isolate, os.X_OK):
        pytest.skip("build/ipcprobe-isolate is not built (make build)")
    host = os.readlink("/proc/self/ns/net")
    def net_ns(*flags):
        out = subprocess.run([str(isolate), "--isolation=ns", *flags, "/usr/bin/readlink",
                              "/proc/self/ns/net"], capture_output=True, text=True, timeout=30)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()
    assert net_ns() != host
    assert net_ns("--no-netns") == host
