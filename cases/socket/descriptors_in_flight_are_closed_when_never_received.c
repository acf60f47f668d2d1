#include "probe.h"
#include "sock.h"
#include <signal.h>

PROBE(.claim     = "A descriptor in flight (sent with SCM_RIGHTS, not yet received) keeps its "
                   "file open, and is closed when the socket holding it is closed unread",
      .reference = "unix(7) \"Ancillary messages\" (SCM_RIGHTS); pipe(7) \"I/O on pipes and "
                   "FIFOs\" (EPIPE when no reader)",
      .how       = "A pipe's read end is sent over a socketpair and closed by the sender, so "
                   "the message holds its only copy: writing to the pipe must still work. "
                   "After both sockets are closed unread, a write must fail with EPIPE.");

PROBE_BODY
{
    int p[2], sv[2];
    SETUP(pipe(p));
    sock_pair(SOCK_STREAM, sv);
    signal(SIGPIPE, SIG_IGN);
    SETUP(sock_send_fd(sv[0], p[0]));
    SETUP(close(p[0]));

    EXPECT_EQ(EXPECT_OK(write(p[1], "x", 1)), 1, "write while the read end is in flight");
    SETUP(close(sv[0]));
    SETUP(close(sv[1]));
    EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
}
