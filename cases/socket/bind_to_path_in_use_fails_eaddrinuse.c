#include "probe.h"
#include "sock.h"

PROBE(.claim     = "bind() of a UNIX socket to a path where a socket is already bound fails "
                   "with EADDRINUSE",
      .reference = "bind(2) \"ERRORS\" (EADDRINUSE); unix(7) \"ERRORS\"",
      .how       = "A socket is bound to a path; a second socket's bind() to the "
                   "same path must fail with EADDRINUSE.");

PROBE_BODY
{
    struct sockaddr_un sa;
    const char *path = probe_path("sock");
    sock_bind_path(path, SOCK_STREAM);
    socklen_t len = sock_path_addr(&sa, path);
    int s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));

    EXPECT_ERRNO(bind(s, (struct sockaddr *)&sa, len), EADDRINUSE);
}
