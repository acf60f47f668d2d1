#include "readiness.h"

PROBE(.claim     = "A level-triggered epoll interest reports a pipe again on every epoll_wait() "
                   "while its data stays unread",
      .reference = "epoll(7) \"Level-triggered and edge-triggered\"",
      .how       = "Watch a pipe's read end for EPOLLIN (no EPOLLET) and write one byte; two "
                   "epoll_wait() calls with timeout 0, with no read between, must each return the "
                   "EPOLLIN event.");

PROBE_BODY
{
    int fd[2];
    uint32_t ev;
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN);
    SETUP(write(fd[1], "x", 1));
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events from the first epoll_wait()");
    EXPECT_EQ(epoll_now(ep, &ev), 1, "events from a second epoll_wait(), the byte still unread");
    EXPECT_TRUE(ev == EPOLLIN, "expected EPOLLIN; observed %s", epoll_names(ev));
}
