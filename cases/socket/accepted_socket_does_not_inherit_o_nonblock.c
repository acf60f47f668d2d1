#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "On Linux the socket accept() returns does not inherit O_NONBLOCK from a "
                   "non-blocking listener",
      .reference = "accept(2) \"NOTES\" (\"the new socket returned by accept() does not inherit "
                   "file status flags such as O_NONBLOCK\")",
      .how       = "A UNIX stream listener made with SOCK_NONBLOCK has a connection waiting; the "
                   "socket accept() returns for it must lack O_NONBLOCK.");

PROBE_BODY
{
    const char *path = probe_path("listener");
    int l = SETUP(socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0));
    struct sockaddr_un sa;
    socklen_t len = sock_path_addr(&sa, path);
    probe_defer_remove(PROBE_FILE, 0, path);
    SETUP(bind(l, (struct sockaddr *)&sa, len));
    SETUP(listen(l, 1));
    SETUP(sock_connect_path(path, SOCK_STREAM));

    int a = EXPECT_OK(accept(l, NULL, NULL));
    EXPECT_EQ(fcntl(a, F_GETFL) & O_NONBLOCK, 0, "O_NONBLOCK on the accepted socket");
}
