#include "readiness.h"
#include "sock.h"

PROBE(.claim     = "When the peer of a UNIX stream socket shuts down its writing side, poll() "
                   "reports POLLRDHUP (with POLLIN) but not POLLHUP: this end can still send",
      .reference = "poll(2) \"DESCRIPTION\" (POLLRDHUP: \"Stream socket peer closed connection, or "
                   "shut down writing half of connection\")",
      .how       = "shutdown(SHUT_WR) one end of a UNIX stream socketpair; poll() of the other "
                   "for POLLIN|POLLRDHUP|POLLOUT with timeout 0 must report exactly "
                   "POLLIN|POLLOUT|POLLRDHUP.");

PROBE_BODY
{
    int sv[2];
    sock_pair(SOCK_STREAM, sv);
    SETUP(shutdown(sv[1], SHUT_WR));
    expect_revents(sv[0], POLLIN | POLLRDHUP | POLLOUT, POLLIN | POLLOUT | POLLRDHUP,
                   "a UNIX stream socket whose peer shut down writing");
}
