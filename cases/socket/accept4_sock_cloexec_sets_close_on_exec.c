#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "accept4() with SOCK_CLOEXEC gives the accepted socket FD_CLOEXEC",
      .reference = "accept(2) \"DESCRIPTION\" (accept4: SOCK_CLOEXEC)",
      .how       = "A client connects to a UNIX stream listener; accept4(SOCK_CLOEXEC) must "
                   "return a descriptor whose fcntl(F_GETFD) shows FD_CLOEXEC.");

PROBE_BODY
{
    const char *path = probe_path("listener");
    int l = sock_listen_path(path, SOCK_STREAM);
    SETUP(sock_connect_path(path, SOCK_STREAM));

    int a = EXPECT_OK(accept4(l, NULL, NULL, SOCK_CLOEXEC));
    EXPECT_EQ(fcntl(a, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "FD_CLOEXEC on the accepted socket");
}
