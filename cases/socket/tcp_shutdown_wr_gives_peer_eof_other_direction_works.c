#include "probe.h"
#include "sock.h"

PROBE(.claim     = "shutdown(SHUT_WR) on a TCP connection gives the peer end of file while "
                   "data still flows the other way",
      .reference = "shutdown(2) \"DESCRIPTION\" (SHUT_WR); tcp(7)",
      .how       = "Over loopback, the client shuts down writing: the server's read must return "
                   "0; the server then sends \"pong\", which the client must still receive.");

PROBE_BODY
{
    uint16_t port;
    char buf[8];
    int l = tcp_listen_loopback(&port);
    int c = SETUP(tcp_connect("127.0.0.1", port));
    int s = SETUP(accept(l, NULL, NULL));
    sock_bound(s);

    EXPECT_OK(shutdown(c, SHUT_WR));
    EXPECT_EQ(EXPECT_OK(read(s, buf, sizeof buf)), 0, "server's read after the client's SHUT_WR");
    SETUP(write(s, "pong", 4));
    EXPECT_EQ(EXPECT_OK(read(c, buf, sizeof buf)), 4, "bytes the client reads afterwards");
    EXPECT_TRUE(!memcmp(buf, "pong", 4), "expected \"pong\"; observed \"%.4s\"", buf);
}
