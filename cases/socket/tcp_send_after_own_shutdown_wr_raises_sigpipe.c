#include "sock.h"
#include <signal.h>
#include <sys/socket.h>

PROBE(.claim     = "send() on a TCP socket after its own shutdown(SHUT_WR) raises SIGPIPE, as on "
                   "a UNIX stream socket",
      .reference = "send(2) \"ERRORS\" (EPIPE: \"the process will also receive a SIGPIPE unless "
                   "MSG_NOSIGNAL is set\"); tcp(7)",
      .how       = "A child with SIGPIPE at its default action shuts down the writing side of a "
                   "TCP loopback connection and sends one byte: it must be killed by SIGPIPE.");

static int s;

static int sender(void *arg)
{
    signal(SIGPIPE, SIG_DFL);
    send(s, "x", 1, 0);
    return 2;
}

PROBE_BODY
{
    uint16_t port;
    tcp_listen_loopback(&port);
    s = SETUP(tcp_connect("127.0.0.1", port));
    SETUP(shutdown(s, SHUT_WR));

    expect_child_killed_by(probe_spawn(sender, NULL), SIGPIPE,
                           "the child sending after shutdown(SHUT_WR)");
}
