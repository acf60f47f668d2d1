#include "sock.h"

PROBE(.claim     = "A UNIX stream socket carries one out-of-band byte: send(MSG_OOB) of 'c' after "
                   "\"ab\" is read by recv(MSG_OOB), and ordinary reads give only \"ab\"",
      .reference = "unix(7), send(2) \"MSG_OOB\", recv(2) \"MSG_OOB\" (AF_UNIX since Linux 5.15)",
      .how       = "On a stream socket pair \"ab\" is sent, then 'c' with MSG_OOB. The receiver's "
                   "recv(MSG_OOB) must return 'c', and a non-blocking ordinary recv must return "
                   "exactly \"ab\". SKIP before Linux 5.15 or without CONFIG_AF_UNIX_OOB "
                   "(send(MSG_OOB) fails with EOPNOTSUPP).",
      .since     = "5.15");

PROBE_BODY
{
    int sv[2];
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "ab", 2, 0));
    sock_send_oob(sv[0], 'c');

    char oob = 0, data[8] = { 0 };
    EXPECT_EQ(EXPECT_OK(recv(sv[1], &oob, 1, MSG_OOB)), 1, "bytes recv(MSG_OOB) returned");
    EXPECT_TRUE(oob == 'c', "expected the out-of-band byte 'c'; observed '%c'", oob);
    long n = EXPECT_OK(recv(sv[1], data, sizeof data, MSG_DONTWAIT));
    EXPECT_TRUE(n == 2 && memcmp(data, "ab", 2) == 0,
                "expected the ordinary bytes \"ab\"; observed %ld bytes \"%.*s\"", n, (int)n, data);
}
