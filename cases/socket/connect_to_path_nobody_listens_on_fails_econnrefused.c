#include "probe.h"
#include "sock.h"

PROBE(.claim     = "connect() to a UNIX socket node that no socket listens on fails with "
                   "ECONNREFUSED",
      .reference = "connect(2) \"ERRORS\" (ECONNREFUSED); unix(7) \"ERRORS\"",
      .how       = "A socket is bound to a path and closed, leaving a stale node; connect() "
                   "to that path must fail with ECONNREFUSED.");

PROBE_BODY
{
    struct sockaddr_un sa;
    const char *path = probe_path("sock");
    socklen_t len = sock_path_addr(&sa, path);
    int old = SETUP(socket(AF_UNIX, SOCK_STREAM, 0)), s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));
    probe_defer_remove(PROBE_FILE, 0, path);
    SETUP(bind(old, (struct sockaddr *)&sa, len));
    SETUP(close(old));

    EXPECT_ERRNO(connect(s, (struct sockaddr *)&sa, len), ECONNREFUSED);
}
