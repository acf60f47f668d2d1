#include "sock.h"

PROBE(.claim     = "bind() of a UNIX socket with an address length of sizeof(sa_family_t) "
                   "autobinds it to an abstract name of a NUL and 5 hex digits",
      .reference = "unix(7) \"Autobind feature\" (\"If a bind(2) call specifies addrlen as "
                   "sizeof(sa_family_t)\")",
      .how       = "bind() of a fresh AF_UNIX stream socket with only the family (addrlen 2) "
                   "must succeed; getsockname() must then give an 8-byte address: a NUL and 5 "
                   "characters of [0-9a-f].");

PROBE_BODY
{
    struct sockaddr_un sa = { .sun_family = AF_UNIX }, me;
    socklen_t me_len = sizeof me;
    int s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));
    EXPECT_OK(bind(s, (struct sockaddr *)&sa, sizeof(sa_family_t)));

    SETUP(getsockname(s, (struct sockaddr *)&me, &me_len));
    EXPECT_TRUE(sock_is_autobound(&me, me_len),
                "expected an autobound abstract name (8-byte address: NUL + 5 hex digits); "
                "observed a %u-byte address", (unsigned)me_len);
}
