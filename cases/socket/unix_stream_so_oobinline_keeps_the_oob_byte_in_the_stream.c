#include "sock.h"

PROBE(.claim     = "With SO_OOBINLINE on a UNIX stream socket the out-of-band byte stays in the "
                   "ordinary stream: recv(MSG_OOB) fails with EINVAL and a read returns it",
      .reference = "socket(7) \"SO_OOBINLINE\"; unix(7) (out-of-band data since Linux 5.15)",
      .how       = "The receiver sets SO_OOBINLINE; \"ab\" then out-of-band 'c' are sent. "
                   "recv(MSG_OOB) must fail with EINVAL, and after \"ab\" an ordinary read must "
                   "return 'c'. SKIP before Linux 5.15 or without CONFIG_AF_UNIX_OOB.",
      .since     = "5.15");

PROBE_BODY
{
    int sv[2], on = 1;
    sock_pair(SOCK_STREAM, sv);
    SETUP(setsockopt(sv[1], SOL_SOCKET, SO_OOBINLINE, &on, sizeof on));
    SETUP(send(sv[0], "ab", 2, 0));
    sock_send_oob(sv[0], 'c');

    char c, data[8];
    EXPECT_ERRNO(recv(sv[1], &c, 1, MSG_OOB | MSG_DONTWAIT), EINVAL);
    EXPECT_EQ(EXPECT_OK(recv(sv[1], data, sizeof data, MSG_DONTWAIT)), 2, "bytes before the mark");
    c = 0;
    EXPECT_EQ(EXPECT_OK(recv(sv[1], &c, 1, MSG_DONTWAIT)), 1, "bytes of the next read");
    EXPECT_TRUE(c == 'c', "expected the out-of-band byte 'c' inline; observed '%c'", c);
}
