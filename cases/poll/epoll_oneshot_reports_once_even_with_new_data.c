#include "readiness.h"

PROBE(.claim     = "An EPOLLONESHOT interest is disabled after its first event: new data then "
                   "reports nothing",
      .reference = "epoll_ctl(2) \"DESCRIPTION\" (EPOLLONESHOT)",
      .how       = "Watch a pipe's read end for EPOLLIN|EPOLLONESHOT; write a byte and take its "
                   "event; write a second byte: epoll_wait() (timeout 0) must return 0.");

PROBE_BODY
{
    int fd[2];
    uint32_t ev;
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN | EPOLLONESHOT);
    SETUP(write(fd[1], "x", 1));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events after the first byte");
    SETUP(write(fd[1], "y", 1));
    EXPECT_EQ(epoll_now(ep, &ev), 0, "events after a second byte, the one shot spent");
}
