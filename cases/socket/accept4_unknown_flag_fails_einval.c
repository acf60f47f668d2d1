#include "sock.h"

PROBE(.claim     = "accept4() with a flag other than SOCK_NONBLOCK and SOCK_CLOEXEC fails with "
                   "EINVAL",
      .reference = "accept(2) \"ERRORS\" (EINVAL: \"(accept4()) invalid value in flags\")",
      .how       = "A client connects to a UNIX stream listener; accept4() with flags 0x1 (no "
                   "SOCK_* flag) must fail with EINVAL, and the connection must still be there "
                   "for a plain accept().");

PROBE_BODY
{
    const char *path = probe_path("listener");
    int l = sock_listen_path(path, SOCK_STREAM);
    SETUP(sock_connect_path(path, SOCK_STREAM));

    EXPECT_ERRNO(accept4(l, NULL, NULL, 0x1), EINVAL);
    EXPECT_OK(accept(l, NULL, NULL));
}
