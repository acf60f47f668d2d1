#include "sock.h"
#include <netinet/in.h>

PROBE(.claim     = "An IPv6 TCP listener on :: with IPV6_V6ONLY set takes no IPv4 connections: "
                   "an IPv4 connect() to its port is refused",
      .reference = "ipv6(7) \"Socket options\" (IPV6_V6ONLY: \"restricted to sending and receiving "
                   "IPv6 packets only\")",
      .how       = "An AF_INET6 socket with IPV6_V6ONLY 1 listens on [::] port 0; an AF_INET "
                   "connect() to 127.0.0.1 on that port must fail with ECONNREFUSED.");

PROBE_BODY
{
    struct sockaddr_in6 any = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
    socklen_t len = sizeof any;
    int l = socket(AF_INET6, SOCK_STREAM, 0);
    if (l == -1 && errno == EAFNOSUPPORT)
        probe_skip("this kernel has no IPv6 (socket(AF_INET6): EAFNOSUPPORT)");
    SETUP(l);
    SETUP(setsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, &(int){ 1 }, sizeof(int)));
    SETUP(bind(l, (struct sockaddr *)&any, sizeof any));
    SETUP(listen(l, 1));
    SETUP(getsockname(l, (struct sockaddr *)&any, &len));

    EXPECT_ERRNO(tcp_connect("127.0.0.1", ntohs(any.sin6_port)), ECONNREFUSED);
}
