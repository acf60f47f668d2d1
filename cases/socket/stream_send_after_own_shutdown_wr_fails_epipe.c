#include "probe.h"
#include "sock.h"
#include <signal.h>

PROBE(.claim     = "After shutdown(SHUT_WR) on a UNIX stream socket, sending on it fails with "
                   "EPIPE",
      .reference = "shutdown(2) \"DESCRIPTION\" (SHUT_WR: further transmissions disallowed); "
                   "send(2) \"ERRORS\" (EPIPE)",
      .how       = "End A of a stream socketpair is shut down for writing; send(MSG_NOSIGNAL) "
                   "on A must fail with EPIPE while the peer is still open.");

PROBE_BODY
{
    int sv[2];
    sock_pair(SOCK_STREAM, sv);
    signal(SIGPIPE, SIG_IGN);
    SETUP(shutdown(sv[0], SHUT_WR));

    EXPECT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
}
