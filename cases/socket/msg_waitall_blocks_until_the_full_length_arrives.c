#include "sock.h"

PROBE(.claim     = "recv() with MSG_WAITALL on a stream socket holding part of the request "
                   "blocks until the full length has arrived",
      .reference = "recv(2) \"DESCRIPTION\" (MSG_WAITALL: \"block until the full request is "
                   "satisfied\")",
      .how       = "A child asks recv(MSG_WAITALL) for 6 bytes from a UNIX stream socket holding "
                   "3; the oracle must see it asleep in recvfrom(). 3 more bytes are sent: the "
                   "child must return 6 bytes, \"abcdef\" (exit 0; 2: another result).");

static int sv[2];

static int waiter(void *arg)
{
    char buf[6];
    return recv(sv[1], buf, sizeof buf, MSG_WAITALL) == 6 && !memcmp(buf, "abcdef", 6) ? 0 : 2;
}

PROBE_BODY
{
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "abc", 3, 0));
    pid_t child = probe_spawn(waiter, NULL);

    expect_blocked(child, SYS_recvfrom, PROBE_BOUND_MS, "recv(MSG_WAITALL) with 3 of 6 bytes there");
    SETUP(send(sv[0], "def", 3, 0));
    expect_child_exit(child, 0, "the child's recv(MSG_WAITALL) (0: all 6 bytes, 2: another result)");
}
