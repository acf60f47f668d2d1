#include "probe.h"
#include "sock.h"
#include <sys/ioctl.h>

PROBE(.claim     = "A datagram larger than the receive buffer is truncated to the buffer, and "
                   "recvmsg reports MSG_TRUNC in msg_flags",
      .reference = "recv(2) \"The recvmsg() call\" (MSG_TRUNC in msg_flags); unix(7)",
      .how       = "A 100-byte datagram is sent on a SOCK_DGRAM socketpair and received with a "
                   "10-byte buffer: recvmsg must return 10, the first 10 bytes, and MSG_TRUNC; "
                   "the rest of the datagram is gone (nothing more is queued).");

PROBE_BODY
{
    int sv[2], queued;
    char big[100], buf[10];
    for (int i = 0; i < 100; i++)
        big[i] = (char)i;
    sock_pair(SOCK_DGRAM, sv);
    SETUP(send(sv[0], big, sizeof big, 0));

    struct iovec iov = { .iov_base = buf, .iov_len = sizeof buf };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
    EXPECT_EQ(EXPECT_OK(recvmsg(sv[1], &msg, 0)), 10, "bytes returned into a 10-byte buffer");
    EXPECT_TRUE(memcmp(buf, big, 10) == 0, "expected the datagram's first 10 bytes; observed others");
    EXPECT_TRUE(msg.msg_flags & MSG_TRUNC, "expected MSG_TRUNC in msg_flags; observed 0x%x",
                msg.msg_flags);
    SETUP(ioctl(sv[1], FIONREAD, &queued));
    EXPECT_EQ(queued, 0, "bytes still queued after the truncated datagram");
}
