#include "probe.h"
#include "sock.h"

PROBE(.claim     = "A SOCK_DGRAM socket pair keeps message boundaries: each recv returns one "
                   "message, even with room for more",
      .reference = "unix(7) \"DESCRIPTION\"; socket(2) \"Socket types\" (SOCK_DGRAM)",
      .how       = "Two sends of 3 bytes each are queued on one end of a dgram socketpair; two "
                   "recvs with room for 16 bytes must each return exactly one message of 3.");

PROBE_BODY
{
    int sv[2];
    char buf[16];
    sock_pair(SOCK_DGRAM, sv);
    SETUP(send(sv[0], "abc", 3, 0));
    SETUP(send(sv[0], "def", 3, 0));

    EXPECT_EQ(EXPECT_OK(recv(sv[1], buf, sizeof buf, 0)), 3, "bytes returned by the first recv");
    EXPECT_TRUE(memcmp(buf, "abc", 3) == 0, "expected \"abc\"; observed \"%.3s\"", buf);
    EXPECT_EQ(EXPECT_OK(recv(sv[1], buf, sizeof buf, 0)), 3, "bytes returned by the second recv");
    EXPECT_TRUE(memcmp(buf, "def", 3) == 0, "expected \"def\"; observed \"%.3s\"", buf);
}
