#include "sock.h"
#include <signal.h>

PROBE(.claim     = "send(MSG_NOSIGNAL) on a TCP socket after its own shutdown(SHUT_WR) fails with "
                   "EPIPE and raises no SIGPIPE",
      .reference = "send(2) \"DESCRIPTION\" (MSG_NOSIGNAL) and \"ERRORS\" (EPIPE); tcp(7)",
      .how       = "A child with SIGPIPE at its default action shuts down the writing side of a "
                   "TCP loopback connection and sends with MSG_NOSIGNAL: it must survive and exit "
                   "0 having seen -1/EPIPE (2: another result).");

static int s;

static int sender(void *arg)
{
    signal(SIGPIPE, SIG_DFL);
    return send(s, "x", 1, MSG_NOSIGNAL) == -1 && errno == EPIPE ? 0 : 2;
}

PROBE_BODY
{
    uint16_t port;
    tcp_listen_loopback(&port);
    s = SETUP(tcp_connect("127.0.0.1", port));
    SETUP(shutdown(s, SHUT_WR));

    expect_child_exit(probe_spawn(sender, NULL), 0,
                      "the child sending with MSG_NOSIGNAL (0: EPIPE, 2: another result)");
}
