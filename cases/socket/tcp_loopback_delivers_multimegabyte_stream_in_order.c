#include "probe.h"
#include "sock.h"

PROBE(.claim     = "A TCP connection over loopback delivers a multi-megabyte byte stream intact "
                   "and in order",
      .reference = "tcp(7) \"DESCRIPTION\" (reliable, stream-oriented); socket(7)",
      .seed      = "SEED-69",
      .kind      = "confirms",
      .how       = "A listener on 127.0.0.1 port 0 accepts a connection; a child writes 4 MiB, "
                   "each byte a function of its offset, and closes; the probe reads to end of "
                   "file and checks the length, every byte and the checksum.");

enum { TOTAL = 4 << 20 };
static int client;

static int writer(void *arg)
{
    return sock_write_pattern(client, TOTAL);
}

PROBE_BODY
{
    uint16_t port;
    int l = tcp_listen_loopback(&port);
    client = SETUP(tcp_connect("127.0.0.1", port));
    int s = SETUP(accept(l, NULL, NULL));
    sock_bound(s);
    pid_t child = probe_spawn(writer, NULL);
    SETUP(close(client));

    sock_expect_pattern(s, TOTAL, "4 MiB over TCP on 127.0.0.1");
    expect_child_exit(child, 0, "the writer (1: a write failed)");
}
