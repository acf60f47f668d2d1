#include "sock.h"

PROBE(.claim     = "recv() with MSG_TRUNC on a UDP socket returns the datagram's real length even "
                   "when the buffer is smaller",
      .reference = "recv(2) \"DESCRIPTION\" (MSG_TRUNC: \"return the real length of the packet "
                   "or datagram, even when it was longer than the passed buffer\"); udp(7)",
      .how       = "A 10-byte datagram is sent to a UDP socket on 127.0.0.1; recv() into a 4-byte "
                   "buffer with MSG_TRUNC must return 10 and fill the buffer with the first 4 "
                   "bytes.");

PROBE_BODY
{
    struct sockaddr_storage at;
    socklen_t len;
    char buf[4];
    int rx = sock_loopback(AF_INET, SOCK_DGRAM, &at, &len);
    int tx = SETUP(sock_connect_to(AF_INET, SOCK_DGRAM, &at, len));
    SETUP(send(tx, "0123456789", 10, 0));

    EXPECT_EQ(EXPECT_OK(recv(rx, buf, sizeof buf, MSG_TRUNC)), 10, "recv(MSG_TRUNC)'s result");
    EXPECT_TRUE(memcmp(buf, "0123", 4) == 0, "expected \"0123\" in the buffer; observed \"%.4s\"", buf);
}
