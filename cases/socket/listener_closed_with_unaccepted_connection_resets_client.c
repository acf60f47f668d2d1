#include "probe.h"
#include "sock.h"

PROBE(.claim     = "When a UNIX stream listener is closed with a connection not yet accepted, "
                   "the connecting socket's read fails with ECONNRESET",
      .reference = "unix(7) \"DESCRIPTION\"; recv(2) \"ERRORS\" (ECONNRESET)",
      .how       = "A client connects to a listening path socket, which is then closed without "
                   "accept(); read() on the client must fail with ECONNRESET, not return 0.");

PROBE_BODY
{
    char c;
    const char *path = probe_path("sock");
    int l = sock_listen_path(path, SOCK_STREAM);
    int s = SETUP(sock_connect_path(path, SOCK_STREAM));
    SETUP(close(l));

    EXPECT_ERRNO(read(s, &c, 1), ECONNRESET);
}
