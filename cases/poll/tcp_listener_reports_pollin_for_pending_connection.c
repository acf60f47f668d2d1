#include "readiness.h"
#include "sock.h"

PROBE(.claim     = "A listening TCP socket reports POLLIN when a connection is waiting to be "
                   "accepted, and nothing before",
      .reference = "accept(2) \"DESCRIPTION\" (\"select(2), poll(2), or epoll(7) ... readability "
                   "event\"); poll(2)",
      .how       = "A loopback listener reports nothing (timeout 0); after a client connects "
                   "(and a bounded poll() saw the handshake complete) it must report exactly "
                   "POLLIN, and accept() then succeeds without waiting.");

PROBE_BODY
{
    uint16_t port;
    int l = tcp_listen_loopback(&port);
    expect_revents(l, POLLIN, 0, "a listener with no pending connection");
    SETUP(tcp_connect("127.0.0.1", port));
    SETUP(poll(&(struct pollfd){ .fd = l, .events = POLLIN }, 1, probe_ms(PROBE_BOUND_MS)));
    expect_revents(l, POLLIN, POLLIN, "a listener with one pending connection");
    SETUP(accept4(l, NULL, NULL, SOCK_NONBLOCK));
}
