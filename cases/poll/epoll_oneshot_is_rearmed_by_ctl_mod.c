#include "readiness.h"

PROBE(.claim     = "A spent EPOLLONESHOT interest is re-armed by EPOLL_CTL_MOD and then reports "
                   "the data still unread",
      .reference = "epoll_ctl(2) \"DESCRIPTION\" (EPOLLONESHOT: \"the user must call epoll_ctl() "
                   "with EPOLL_CTL_MOD to rearm\")",
      .how       = "Watch a pipe's read end for EPOLLIN|EPOLLONESHOT, write a byte, take its "
                   "event and see that the next epoll_wait() returns 0; after EPOLL_CTL_MOD with "
                   "EPOLLIN|EPOLLONESHOT, epoll_wait() (timeout 0) must return EPOLLIN.");

PROBE_BODY
{
    int fd[2];
    uint32_t ev;
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN | EPOLLONESHOT);
    SETUP(write(fd[1], "x", 1));
    SETUP(epoll_now(ep, &ev));
    EXPECT_EQ(epoll_now(ep, &ev), 0, "events once the one shot was spent");
    struct epoll_event again = { .events = EPOLLIN | EPOLLONESHOT, .data.fd = fd[0] };
    EXPECT_OK(epoll_ctl(ep, EPOLL_CTL_MOD, fd[0], &again));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events after EPOLL_CTL_MOD re-armed it");
}
