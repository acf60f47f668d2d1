#include "readiness.h"
#include "sock.h"

PROBE(.claim     = "When the peer of a UNIX stream socket closes, poll() on the other end reports "
                   "POLLHUP (and POLLIN: the end of file is readable)",
      .reference = "poll(2) \"DESCRIPTION\" (POLLHUP, POLLRDHUP); unix(7)",
      .how       = "Close one end of a UNIX stream socketpair; poll() of the other for POLLIN with "
                   "timeout 0 must report POLLHUP and POLLIN (a read returns 0 at once).");

PROBE_BODY
{
    int sv[2];
    sock_pair(SOCK_STREAM, sv);
    expect_revents(sv[0], POLLIN, 0, "a UNIX stream socket whose peer is open and silent");
    SETUP(close(sv[1]));
    expect_revents(sv[0], POLLIN, POLLIN | POLLHUP, "a UNIX stream socket whose peer closed");
}
