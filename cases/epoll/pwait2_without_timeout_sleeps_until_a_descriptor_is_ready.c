#include "probe.h"
#include <sys/epoll.h>

PROBE(.claim     = "epoll_pwait2() with a NULL timeout sleeps until a watched descriptor is ready, "
                   "then reports it",
      .reference = "epoll_wait(2) \"epoll_pwait2()\" (\"If timeout is NULL, then epoll_pwait2() "
                   "can block indefinitely\")",
      .how       = "A child calls epoll_pwait2 with no timeout on a set watching an empty pipe; the "
                   "oracle must see it asleep in epoll_pwait2(). One byte written to the pipe "
                   "must wake it with one EPOLLIN event. SKIP before Linux 5.11 (ENOSYS).",
      .since     = "5.11");

static int ep;

static int waiter(void *arg)
{
    struct epoll_event out;
    int n = epoll_pwait2(ep, &out, 1, NULL, NULL);
    return n == 1 && (out.events & EPOLLIN) && out.data.u32 == 7 ? 0 : 1;
}

PROBE_BODY
{
    int p[2];
    SETUP(pipe(p));
    ep = SETUP(epoll_create1(EPOLL_CLOEXEC));
    struct epoll_event ev = { .events = EPOLLIN, .data.u32 = 7 }, out;
    SETUP(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    struct timespec now = { 0, 0 };
    SINCE(epoll_pwait2(ep, &out, 1, &now, NULL), 0); /* SKIP where the call does not exist */

    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, SYS_epoll_pwait2, PROBE_BOUND_MS, "epoll_pwait2 with no timeout");
    SETUP(write(p[1], "x", 1));
    expect_child_exit(child, 0, "the waiter (1: not one EPOLLIN event for the pipe)");
}
