#include "probe.h"
#include "sock.h"

PROBE(.claim     = "connect() of a UNIX socket to a path that does not exist fails with ENOENT",
      .reference = "unix(7) \"ERRORS\" (ENOENT: the pathname in the remote address does not "
                   "exist); connect(2) \"ERRORS\"",
      .how       = "connect() to a name in the probe's empty private directory must fail with "
                   "ENOENT (not ECONNREFUSED).");

PROBE_BODY
{
    struct sockaddr_un sa;
    socklen_t len = sock_path_addr(&sa, probe_path("nobody-here"));
    int s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));

    EXPECT_ERRNO(connect(s, (struct sockaddr *)&sa, len), ENOENT);
}
