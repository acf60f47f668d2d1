#include "readiness.h"
#include "sock.h"

PROBE(.claim     = "epoll reports EPOLLRDHUP (with EPOLLIN) when the peer of a UNIX stream socket "
                   "shuts down its writing side, and no EPOLLHUP",
      .reference = "epoll_ctl(2) \"DESCRIPTION\" (EPOLLRDHUP: \"Stream socket peer closed "
                   "connection, or shut down writing half of connection\")",
      .how       = "Watch one end of a UNIX stream socketpair for EPOLLIN|EPOLLRDHUP; after the "
                   "other end's shutdown(SHUT_WR), epoll_wait() (timeout 0) must return one event, "
                   "exactly EPOLLIN|EPOLLRDHUP.");

PROBE_BODY
{
    int sv[2];
    uint32_t ev;
    sock_pair(SOCK_STREAM, sv);
    int ep = epoll_watching(sv[0], EPOLLIN | EPOLLRDHUP);
    EXPECT_EQ(epoll_now(ep, &ev), 0, "events while the peer is open and silent");
    SETUP(shutdown(sv[1], SHUT_WR));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events after the peer shut down writing");
    EXPECT_TRUE(ev == (EPOLLIN | EPOLLRDHUP), "expected EPOLLIN|EPOLLRDHUP; observed %s",
                epoll_names(ev));
}
