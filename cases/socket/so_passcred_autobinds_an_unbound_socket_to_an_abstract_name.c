#include "sock.h"

PROBE(.claim     = "An unbound UNIX datagram socket with SO_PASSCRED set is autobound when it "
                   "connects: an abstract name of a NUL and 5 hex digits",
      .reference = "unix(7) \"Autobind feature\" (\"the SO_PASSCRED socket option was specified "
                   "for a socket that was not explicitly bound\")",
      .how       = "A fresh AF_UNIX datagram socket sets SO_PASSCRED and connects to a bound "
                   "datagram socket; getsockname() must then give an address of 8 bytes "
                   "(family, a NUL, 5 characters of [0-9a-f]).");

PROBE_BODY
{
    const char *path = probe_path("receiver");
    struct sockaddr_un peer, me;
    socklen_t len = sock_path_addr(&peer, path), me_len = sizeof me;
    sock_bind_path(path, SOCK_DGRAM);
    int s = SETUP(socket(AF_UNIX, SOCK_DGRAM, 0));
    SETUP(setsockopt(s, SOL_SOCKET, SO_PASSCRED, &(int){ 1 }, sizeof(int)));
    EXPECT_OK(connect(s, (struct sockaddr *)&peer, len));

    SETUP(getsockname(s, (struct sockaddr *)&me, &me_len));
    EXPECT_TRUE(sock_is_autobound(&me, me_len),
                "expected an autobound abstract name (8-byte address: NUL + 5 hex digits); "
                "observed a %u-byte address", (unsigned)me_len);
}
