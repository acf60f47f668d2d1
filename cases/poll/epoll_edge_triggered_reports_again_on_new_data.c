#include "readiness.h"

PROBE(.claim     = "An edge-triggered (EPOLLET) interest reports again when new data arrives, "
                   "even though earlier data was never read",
      .reference = "epoll(7) \"Level-triggered and edge-triggered\"",
      .how       = "Watch a pipe's read end for EPOLLIN|EPOLLET; write a byte and take its event, "
                   "see that a second epoll_wait() returns 0, then write another byte: "
                   "epoll_wait() (timeout 0) must return EPOLLIN again.");

PROBE_BODY
{
    int fd[2];
    uint32_t ev;
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN | EPOLLET);
    SETUP(write(fd[1], "x", 1));
    SETUP(epoll_now(ep, &ev));
    EXPECT_EQ(epoll_now(ep, &ev), 0, "events with no new data");
    SETUP(write(fd[1], "y", 1));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events after a second byte arrived");
}
