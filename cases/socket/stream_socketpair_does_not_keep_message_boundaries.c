#include "probe.h"
#include "sock.h"

PROBE(.claim     = "A SOCK_STREAM socket pair is a byte stream: two sends arrive together in one "
                   "recv, message boundaries are not kept",
      .reference = "unix(7) \"DESCRIPTION\" (SOCK_STREAM, for a stream-oriented socket)",
      .how       = "Two sends of 3 bytes each are queued on one end of a stream socketpair "
                   "(both queued before the recv); one recv with room for 16 must return all 6 bytes.");

PROBE_BODY
{
    int sv[2];
    char buf[16];
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "abc", 3, 0));
    SETUP(send(sv[0], "def", 3, 0));

    EXPECT_EQ(EXPECT_OK(recv(sv[1], buf, sizeof buf, 0)), 6, "bytes returned by one recv");
    EXPECT_TRUE(memcmp(buf, "abcdef", 6) == 0, "expected \"abcdef\"; observed \"%.6s\"", buf);
}
