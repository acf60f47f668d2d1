#include "probe.h"
#include "sock.h"

PROBE(.claim     = "When a stream socket is closed with data it never read, its peer's next "
                   "read fails with ECONNRESET",
      .reference = "unix(7) \"DESCRIPTION\"; recv(2) \"ERRORS\" (ECONNRESET)",
      .how       = "One byte is sent to end B of a stream socketpair, then B is closed without "
                   "reading it; read() on end A must fail with ECONNRESET, not return 0.");

PROBE_BODY
{
    int sv[2];
    char c;
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "x", 1, 0));
    SETUP(close(sv[1]));

    EXPECT_ERRNO(read(sv[0], &c, 1), ECONNRESET);
}
