#include "readiness.h"

PROBE(.claim     = "An epoll instance cannot watch itself: EPOLL_CTL_ADD of its own descriptor "
                   "fails with EINVAL",
      .reference = "epoll_ctl(2) \"ERRORS\" (EINVAL: \"fd is the same as epfd\")",
      .how       = "Create an epoll instance and EPOLL_CTL_ADD its own descriptor for EPOLLIN: the "
                   "call must fail with EINVAL.");

PROBE_BODY
{
    int ep = SETUP(epoll_create1(0));
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = ep };
    EXPECT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL);
}
