#include "sock.h"

PROBE(.claim     = "UDP over loopback keeps message boundaries: each recv() returns one whole "
                   "datagram, in the order sent",
      .reference = "udp(7) \"DESCRIPTION\" (\"preserves message boundaries\")",
      .how       = "Two datagrams of 3 and 5 bytes are sent to a UDP socket on 127.0.0.1; two "
                   "recv() calls with room for 64 bytes must return 3 bytes (\"one\") and then 5 "
                   "(\"three\").");

PROBE_BODY
{
    struct sockaddr_storage at;
    socklen_t len;
    char buf[64];
    int rx = sock_loopback(AF_INET, SOCK_DGRAM, &at, &len);
    int tx = sock_connect_to(AF_INET, SOCK_DGRAM, &at, len);
    SETUP(tx);
    SETUP(send(tx, "one", 3, 0));
    SETUP(send(tx, "three", 5, 0));

    EXPECT_EQ(EXPECT_OK(recv(rx, buf, sizeof buf, 0)), 3, "bytes of the first recv (\"one\")");
    EXPECT_TRUE(memcmp(buf, "one", 3) == 0, "expected \"one\" first; observed \"%.3s\"", buf);
    EXPECT_EQ(EXPECT_OK(recv(rx, buf, sizeof buf, 0)), 5, "bytes of the second recv (\"three\")");
    EXPECT_TRUE(memcmp(buf, "three", 5) == 0, "expected \"three\" second; observed \"%.5s\"", buf);
}
