#include "sock.h"

PROBE(.claim     = "recv() with MSG_PEEK returns the waiting bytes without removing them: the "
                   "next recv() returns the same bytes",
      .reference = "recv(2) \"DESCRIPTION\" (MSG_PEEK)",
      .how       = "\"hello\" is sent into a UNIX stream socketpair; recv(MSG_PEEK) on the other "
                   "end must return \"hello\", and a plain recv() after it \"hello\" again.");

PROBE_BODY
{
    int sv[2];
    char buf[16] = "";
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "hello", 5, 0));

    EXPECT_EQ(EXPECT_OK(recv(sv[1], buf, sizeof buf, MSG_PEEK)), 5, "bytes peeked");
    EXPECT_TRUE(memcmp(buf, "hello", 5) == 0, "expected to peek \"hello\"; observed \"%.5s\"", buf);
    memset(buf, 0, sizeof buf);
    EXPECT_EQ(EXPECT_OK(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)), 5, "bytes read after the peek");
    EXPECT_TRUE(memcmp(buf, "hello", 5) == 0, "expected \"hello\" again; observed \"%.5s\"", buf);
}
