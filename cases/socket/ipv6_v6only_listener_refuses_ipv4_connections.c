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
    uint16_t port;
    sock_listen_any6(1, &port);

    EXPECT_ERRNO(tcp_connect("127.0.0.1", port), ECONNREFUSED);
}
