#include "sock.h"
#include <netinet/in.h>

PROBE(.claim     = "A TCP connection over the IPv6 loopback ::1 carries data, and accept() names "
                   "the peer ::1",
      .reference = "ipv6(7) \"DESCRIPTION\"; tcp(7) \"DESCRIPTION\"; accept(2)",
      .how       = "An IPv6 TCP socket connects to a listener on [::1] port 0 and writes "
                   "\"hello\"; accept() must give a peer address of family AF_INET6 equal to ::1, "
                   "and the accepted socket must read \"hello\".");

PROBE_BODY
{
    struct sockaddr_storage at, peer;
    socklen_t len, peer_len = sizeof peer;
    char buf[8];
    int l = sock_loopback(AF_INET6, SOCK_STREAM, &at, &len);
    int c = SETUP(sock_connect_to(AF_INET6, SOCK_STREAM, &at, len));
    SETUP(send(c, "hello", 5, 0));

    int a = EXPECT_OK(accept(l, (struct sockaddr *)&peer, &peer_len));
    struct sockaddr_in6 *p = (struct sockaddr_in6 *)&peer;
    EXPECT_EQ(p->sin6_family, AF_INET6, "the peer's address family (AF_INET6 = 10)");
    EXPECT_TRUE(IN6_IS_ADDR_LOOPBACK(&p->sin6_addr), "expected the peer ::1; observed another address");
    sock_bound(a);
    EXPECT_EQ(EXPECT_OK(recv(a, buf, 5, MSG_WAITALL)), 5, "bytes read on the accepted socket");
    EXPECT_TRUE(memcmp(buf, "hello", 5) == 0, "expected \"hello\"; observed \"%.5s\"", buf);
}
