#include "probe.h"
#include "sock.h"

PROBE(.claim     = "On a stream socket pair, read() returns 0 (end of file) once the peer has "
                   "closed its end",
      .reference = "recv(2) \"RETURN VALUE\" (orderly shutdown gives 0); unix(7) \"DESCRIPTION\"",
      .how       = "One end of a stream socketpair is closed with nothing queued; read() on the "
                   "other end must return 0 at once (the socket has a receive bound, so a "
                   "read that waits fails instead of hanging).");

PROBE_BODY
{
    int sv[2];
    char c;
    sock_pair(SOCK_STREAM, sv);
    SETUP(close(sv[0]));

    EXPECT_EQ(EXPECT_OK(read(sv[1], &c, 1)), 0, "read() after the peer closed");
}
