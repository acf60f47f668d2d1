#include "probe.h"
#include "sock.h"
#include <signal.h>

PROBE(.claim     = "A receiver with no room for control data gets the data, MSG_CTRUNC in "
                   "msg_flags, and no descriptor (the passed one is discarded)",
      .reference = "recv(2) \"The recvmsg() call\" (MSG_CTRUNC); unix(7) \"Ancillary messages\"",
      .how       = "A pipe's read end is sent with SCM_RIGHTS and received by recvmsg with no "
                   "control buffer: it must return the byte, set MSG_CTRUNC and msg_controllen "
                   "0; with the sender's copy closed, a write to the pipe then fails EPIPE.");

PROBE_BODY
{
    int p[2], sv[2];
    char c;
    SETUP(pipe(p));
    sock_pair(SOCK_STREAM, sv);
    signal(SIGPIPE, SIG_IGN);
    SETUP(sock_send_fd(sv[0], p[0]));
    SETUP(close(p[0]));

    struct iovec iov = { .iov_base = &c, .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
    EXPECT_EQ(EXPECT_OK(recvmsg(sv[1], &msg, 0)), 1, "bytes received");
    EXPECT_TRUE(msg.msg_flags & MSG_CTRUNC, "expected MSG_CTRUNC in msg_flags; observed 0x%x",
                msg.msg_flags);
    EXPECT_EQ(msg.msg_controllen, 0, "msg_controllen");
    EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
}
