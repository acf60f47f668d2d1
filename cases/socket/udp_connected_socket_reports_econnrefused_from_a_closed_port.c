#include "sock.h"

PROBE(.claim     = "A connected UDP socket that sends to a port nobody uses gets ECONNREFUSED on "
                   "its next call, from the ICMP port-unreachable error",
      .reference = "udp(7) \"ERRORS\" (ECONNREFUSED: \"No receiver was associated with the "
                   "destination address\"); udp(7) \"Error handling\"",
      .how       = "A UDP socket on 127.0.0.1 is bound and closed, leaving a port nobody uses; "
                   "another is connected to it and sends one datagram. Its recv() (bounded) must "
                   "then fail with ECONNREFUSED once the ICMP error arrives.");

PROBE_BODY
{
    struct sockaddr_storage at;
    socklen_t len;
    char buf[8];
    SETUP(close(sock_loopback(AF_INET, SOCK_DGRAM, &at, &len)));
    int s = SETUP(sock_connect_to(AF_INET, SOCK_DGRAM, &at, len));
    SETUP(send(s, "x", 1, 0));

    EXPECT_ERRNO(recv(s, buf, sizeof buf, 0), ECONNREFUSED);
}
