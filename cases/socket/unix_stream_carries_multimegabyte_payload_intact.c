#include "probe.h"
#include "sock.h"

PROBE(.claim     = "A UNIX stream socket carries a multi-megabyte payload intact and in order",
      .reference = "unix(7) \"DESCRIPTION\" (SOCK_STREAM); socket(2) \"Socket types\" "
                   "(sequenced, reliable byte streams)",
      .seed      = "SEED-73",
      .kind      = "confirms",
      .how       = "A child writes 4 MiB, each byte a function of its offset, into a stream "
                   "socketpair and closes it; the probe reads to end of file and checks the "
                   "length, every byte and the checksum.");

enum { TOTAL = 4 << 20 };
static int sv[2];

static int writer(void *arg)
{
    close(sv[1]);
    return sock_write_pattern(sv[0], TOTAL);
}

PROBE_BODY
{
    sock_pair(SOCK_STREAM, sv);
    pid_t child = probe_spawn(writer, NULL);
    SETUP(close(sv[0]));

    sock_expect_pattern(sv[1], TOTAL, "4 MiB through a UNIX stream socket");
    expect_child_exit(child, 0, "the writer (1: a write failed)");
}
