#include "readiness.h"

PROBE(.claim     = "An edge-triggered (EPOLLET) interest reports a pipe's new data once: a second "
                   "epoll_wait() returns nothing though the data is still unread",
      .reference = "epoll(7) \"Level-triggered and edge-triggered\"",
      .how       = "Watch a pipe's read end for EPOLLIN|EPOLLET and write one byte; the first "
                   "epoll_wait() (timeout 0) must return EPOLLIN, the second, with no read and no "
                   "write between, must return 0.");

PROBE_BODY
{
    int fd[2];
    uint32_t ev;
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN | EPOLLET);
    SETUP(write(fd[1], "x", 1));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events from the first epoll_wait() after the write");
    EXPECT_EQ(epoll_now(ep, &ev), 0, "events from a second epoll_wait(), no new data");
}
