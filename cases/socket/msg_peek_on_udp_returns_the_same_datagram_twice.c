#include "sock.h"

PROBE(.claim     = "recv() with MSG_PEEK on a UDP socket returns the first datagram and leaves "
                   "it first in the queue",
      .reference = "recv(2) \"DESCRIPTION\" (MSG_PEEK); udp(7)",
      .how       = "Datagrams \"one\" and \"two\" are sent to a UDP socket on 127.0.0.1; "
                   "recv(MSG_PEEK) must return \"one\", and the plain recv() after it \"one\" "
                   "too.");

PROBE_BODY
{
    struct sockaddr_storage at;
    socklen_t len;
    char buf[16] = "";
    int rx = sock_loopback(AF_INET, SOCK_DGRAM, &at, &len);
    int tx = SETUP(sock_connect_to(AF_INET, SOCK_DGRAM, &at, len));
    SETUP(send(tx, "one", 3, 0));
    SETUP(send(tx, "two", 3, 0));

    EXPECT_EQ(EXPECT_OK(recv(rx, buf, sizeof buf, MSG_PEEK)), 3, "bytes peeked");
    EXPECT_TRUE(memcmp(buf, "one", 3) == 0, "expected to peek \"one\"; observed \"%.3s\"", buf);
    EXPECT_EQ(EXPECT_OK(recv(rx, buf, sizeof buf, 0)), 3, "bytes read after the peek");
    EXPECT_TRUE(memcmp(buf, "one", 3) == 0, "expected \"one\" after the peek; observed \"%.3s\"", buf);
}
