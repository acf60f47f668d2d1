#include "readiness.h"

PROBE(.claim     = "EPOLL_CTL_ADD of a descriptor already in the interest list fails with EEXIST",
      .reference = "epoll_ctl(2) \"ERRORS\" (EEXIST)",
      .how       = "Watch a pipe's read end for EPOLLIN, then EPOLL_CTL_ADD it again (with "
                   "EPOLLOUT): the call must fail with EEXIST.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN);
    struct epoll_event ev = { .events = EPOLLOUT, .data.fd = fd[0] };
    EXPECT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, fd[0], &ev), EEXIST);
}
