#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "accept4() with SOCK_NONBLOCK gives the accepted socket O_NONBLOCK",
      .reference = "accept(2) \"DESCRIPTION\" (accept4: SOCK_NONBLOCK)",
      .how       = "A client connects to a blocking UNIX stream listener; accept4(SOCK_NONBLOCK) "
                   "must return a socket with O_NONBLOCK set, whose recv() with nothing sent "
                   "fails with EAGAIN at once.");

PROBE_BODY
{
    char c;
    const char *path = probe_path("listener");
    int l = sock_listen_path(path, SOCK_STREAM);
    SETUP(sock_connect_path(path, SOCK_STREAM));

    int a = EXPECT_OK(accept4(l, NULL, NULL, SOCK_NONBLOCK));
    EXPECT_EQ(fcntl(a, F_GETFL) & O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK on the accepted socket");
    EXPECT_ERRNO(recv(a, &c, 1, 0), EAGAIN);
}
