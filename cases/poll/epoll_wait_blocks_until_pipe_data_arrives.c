#include "readiness.h"

PROBE(.claim     = "epoll_wait() with an infinite timeout sleeps until a watched pipe has data, "
                   "then returns its EPOLLIN event",
      .reference = "epoll_wait(2) \"DESCRIPTION\"; epoll(7)",
      .how       = "A child waits in epoll_wait(timeout -1) on an epoll instance watching an empty "
                   "pipe's read end for EPOLLIN; the oracle must see it asleep in epoll_wait. A "
                   "byte written wakes it and it exits 0 having got one event, EPOLLIN, for that "
                   "descriptor.");

static int fd[2], ep;

static int waiter(void *arg)
{
    struct epoll_event ev;
    return epoll_wait(ep, &ev, 1, -1) == 1 && ev.events == EPOLLIN && ev.data.fd == fd[0] ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    ep = epoll_watching(fd[0], EPOLLIN);
    pid_t child = probe_spawn(waiter, NULL);

    expect_blocked(child, POLL_NR_EPOLL_WAIT, PROBE_BOUND_MS, "epoll_wait() on an empty pipe");
    SETUP(write(fd[1], "x", 1));
    expect_child_exit(child, 0, "the waiter, after one byte was written (1: not exactly one "
                      "EPOLLIN event for the pipe)");
}
