#include "probe.h"
#include "sock.h"

PROBE(.claim     = "send() on a SOCK_DGRAM socket pair whose peer has closed fails with "
                   "ECONNREFUSED (not EPIPE)",
      .reference = "unix(7) \"DESCRIPTION\" (SOCK_DGRAM); send(2) \"ERRORS\"",
      .how       = "One end of a datagram socketpair is closed; send(MSG_NOSIGNAL) on the other "
                   "must fail with ECONNREFUSED.");

PROBE_BODY
{
    int sv[2];
    sock_pair(SOCK_DGRAM, sv);
    SETUP(close(sv[1]));

    EXPECT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), ECONNREFUSED);
}
