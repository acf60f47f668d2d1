#include "readiness.h"

PROBE(.claim     = "epoll reports EPOLLHUP on a hung-up pipe even when the interest asked for no "
                   "events",
      .reference = "epoll_ctl(2) \"DESCRIPTION\" (EPOLLHUP: \"epoll_wait(2) will always wait for "
                   "this event; it is not necessary to set it in events\")",
      .how       = "Watch a pipe's read end with events 0 and close the write end; epoll_wait() "
                   "(timeout 0) must return one event, EPOLLHUP.");

PROBE_BODY
{
    int fd[2];
    uint32_t ev;
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], 0);
    EXPECT_EQ(epoll_now(ep, &ev), 0, "events while the writer is open");
    SETUP(close(fd[1]));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events once the writer closed");
    EXPECT_TRUE(ev == EPOLLHUP, "expected EPOLLHUP; observed %s", epoll_names(ev));
}
