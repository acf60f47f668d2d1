#include "sock.h"

PROBE(.claim     = "setsockopt(SO_SNDBUF) doubles the value given: getsockopt() then reports "
                   "twice it",
      .reference = "socket(7) \"Socket options\" (SO_SNDBUF: \"The kernel doubles this value\")",
      .how       = "SO_SNDBUF is set to 16384 (well under net.core.wmem_max) on a UDP socket; "
                   "getsockopt(SO_SNDBUF) must report 32768.");

PROBE_BODY
{
    int s = SETUP(socket(AF_INET, SOCK_DGRAM, 0)), got = 0;
    socklen_t len = sizeof got;
    if (probe_sysctl("net/core/wmem_max") < 16384)
        probe_skip("net.core.wmem_max is below 16384");
    EXPECT_OK(setsockopt(s, SOL_SOCKET, SO_SNDBUF, &(int){ 16384 }, sizeof(int)));

    SETUP(getsockopt(s, SOL_SOCKET, SO_SNDBUF, &got, &len));
    EXPECT_EQ(got, 32768, "SO_SNDBUF after setting 16384");
}
