#include "readiness.h"
#include "sock.h"

PROBE(.claim     = "On TCP a peer's close reports POLLRDHUP and POLLIN but not POLLHUP (the "
                   "connection is only half closed: this side may still send)",
      .reference = "poll(2) \"DESCRIPTION\" (POLLRDHUP); tcp(7)",
      .how       = "Connect over loopback, close the accepted end and wait (bounded poll) for its "
                   "FIN to arrive; poll() of the client for POLLIN|POLLRDHUP with timeout 0 must "
                   "then report exactly POLLIN|POLLRDHUP, where a UNIX stream reports POLLHUP.");

PROBE_BODY
{
    uint16_t port;
    int l = tcp_listen_loopback(&port);
    int c = SETUP(tcp_connect("127.0.0.1", port));
    int a = SETUP(accept(l, NULL, NULL));
    SETUP(close(a));
    struct pollfd p = { .fd = c, .events = POLLRDHUP };
    SETUP(poll(&p, 1, probe_ms(PROBE_BOUND_MS)));
    expect_revents(c, POLLIN | POLLRDHUP, POLLIN | POLLRDHUP,
                   "a TCP socket whose peer closed");
}
