#include "probe.h"
#include "sock.h"
#include <netinet/in.h>

PROBE(.claim     = "A TCP connect() to a loopback port where nothing listens fails with "
                   "ECONNREFUSED",
      .reference = "connect(2) \"ERRORS\" (ECONNREFUSED: no-one listening on the remote address)",
      .how       = "A TCP socket is bound to 127.0.0.1 port 0 without listen(), which reserves "
                   "a port nobody listens on; connect() to that port must fail with "
                   "ECONNREFUSED.");

PROBE_BODY
{
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof sa;
    int held = SETUP(socket(AF_INET, SOCK_STREAM, 0)), s = SETUP(socket(AF_INET, SOCK_STREAM, 0));
    SETUP(bind(held, (struct sockaddr *)&sa, sizeof sa));
    PROBE_POISON(sa);
    SETUP(getsockname(held, (struct sockaddr *)&sa, &len));
    sock_bound(s);

    EXPECT_ERRNO(connect(s, (struct sockaddr *)&sa, sizeof sa), ECONNREFUSED);
}
