#include "sock.h"
#include <arpa/inet.h>
#include <netinet/in.h>

PROBE(.claim     = "An IPv6 TCP listener on :: with IPV6_V6ONLY off accepts an IPv4 connection "
                   "and names the peer as the IPv4-mapped address ::ffff:127.0.0.1",
      .reference = "ipv6(7) \"DESCRIPTION\" (IPv4-mapped addresses) and \"Socket options\" "
                   "(IPV6_V6ONLY)",
      .how       = "An AF_INET6 socket with IPV6_V6ONLY 0 listens on [::] port 0; an AF_INET "
                   "socket connects to 127.0.0.1 on that port. accept() must succeed with a peer "
                   "address that is IPv4-mapped and holds 127.0.0.1.");

PROBE_BODY
{
    struct sockaddr_in6 peer;
    socklen_t len = sizeof peer;
    uint16_t port;
    int l = sock_listen_any6(0, &port);
    EXPECT_OK(tcp_connect("127.0.0.1", port));

    EXPECT_OK(accept(l, (struct sockaddr *)&peer, &len));
    char text[INET6_ADDRSTRLEN] = "?";
    inet_ntop(AF_INET6, &peer.sin6_addr, text, sizeof text);
    EXPECT_TRUE(IN6_IS_ADDR_V4MAPPED(&peer.sin6_addr) && peer.sin6_addr.s6_addr[12] == 127 &&
                peer.sin6_addr.s6_addr[15] == 1,
                "expected the peer ::ffff:127.0.0.1; observed %s", text);
}
