#include "sock.h"

PROBE(.claim     = "setsockopt(SO_RCVBUF) above net.core.rmem_max is capped: getsockopt() reports "
                   "twice rmem_max",
      .reference = "socket(7) \"Socket options\" (SO_RCVBUF: the maximum is set by "
                   "/proc/sys/net/core/rmem_max)",
      .how       = "SO_RCVBUF is set to rmem_max + 65536 on a UDP socket (read from "
                   "/proc/sys/net/core/rmem_max); getsockopt(SO_RCVBUF) must report 2 * rmem_max.");

PROBE_BODY
{
    unsigned long long max = probe_sysctl("net/core/rmem_max");
    int s = SETUP(socket(AF_INET, SOCK_DGRAM, 0)), got = 0;
    socklen_t len = sizeof got;
    if (max > 0x3fffffff - 65536)
        probe_skip("net.core.rmem_max (%llu) leaves no room to ask for more", max);
    EXPECT_OK(setsockopt(s, SOL_SOCKET, SO_RCVBUF, &(int){ (int)max + 65536 }, sizeof(int)));

    SETUP(getsockopt(s, SOL_SOCKET, SO_RCVBUF, &got, &len));
    EXPECT_EQ(got, 2 * (long long)max, "SO_RCVBUF after asking for rmem_max + 65536 (2 * rmem_max)");
}
