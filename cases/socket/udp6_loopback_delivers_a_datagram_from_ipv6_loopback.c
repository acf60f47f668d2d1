#include "sock.h"
#include <netinet/in.h>

PROBE(.claim     = "UDP over the IPv6 loopback ::1 delivers a datagram whole, naming ::1 as its "
                   "source",
      .reference = "ipv6(7) \"DESCRIPTION\" (in6addr_loopback); udp(7) \"DESCRIPTION\"",
      .how       = "A UDP socket on [::1] port 0 receives a 5-byte datagram sent from another "
                   "IPv6 UDP socket; recvfrom() must return 5 bytes (\"hello\") and a source "
                   "address of family AF_INET6 equal to ::1.");

PROBE_BODY
{
    struct sockaddr_storage at, from;
    socklen_t len, from_len = sizeof from;
    char buf[64];
    int rx = sock_loopback(AF_INET6, SOCK_DGRAM, &at, &len);
    int tx = SETUP(sock_connect_to(AF_INET6, SOCK_DGRAM, &at, len));
    SETUP(send(tx, "hello", 5, 0));

    EXPECT_EQ(EXPECT_OK(recvfrom(rx, buf, sizeof buf, 0, (struct sockaddr *)&from, &from_len)), 5,
              "bytes received");
    EXPECT_TRUE(memcmp(buf, "hello", 5) == 0, "expected \"hello\"; observed \"%.5s\"", buf);
    struct sockaddr_in6 *src = (struct sockaddr_in6 *)&from;
    EXPECT_EQ(src->sin6_family, AF_INET6, "source address family (AF_INET6 = 10)");
    EXPECT_TRUE(IN6_IS_ADDR_LOOPBACK(&src->sin6_addr), "expected the source ::1; observed another "
                "address");
}
