#include "probe.h"
#include "sock.h"
#include <signal.h>

PROBE(.claim     = "send(MSG_NOSIGNAL) on a stream socket whose peer has closed fails with EPIPE "
                   "and raises no SIGPIPE",
      .reference = "send(2) \"DESCRIPTION\" (MSG_NOSIGNAL) and \"ERRORS\" (EPIPE)",
      .how       = "A child with SIGPIPE at its default action sends with MSG_NOSIGNAL on a "
                   "stream socketpair whose other end is closed; it must survive and exit 0 "
                   "having seen -1/EPIPE (2: another result).");

static int sv[2];

static int sender(void *arg)
{
    signal(SIGPIPE, SIG_DFL);
    return send(sv[0], "x", 1, MSG_NOSIGNAL) == -1 && errno == EPIPE ? 0 : 2;
}

PROBE_BODY
{
    sock_pair(SOCK_STREAM, sv);
    SETUP(close(sv[1]));

    expect_child_exit(probe_spawn(sender, NULL), 0,
                      "the child sending with MSG_NOSIGNAL (0: EPIPE, 2: another result)");
}
