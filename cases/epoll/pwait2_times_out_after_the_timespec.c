#include "probe.h"
#include <sys/epoll.h>
#include <time.h>

PROBE(.claim     = "epoll_pwait2() with a timespec timeout on a set with no ready descriptor "
                   "returns 0, and not before that timeout has passed",
      .reference = "epoll_wait(2) \"epoll_pwait2()\" (Linux 5.11, glibc 2.35)",
      .how       = "An epoll set watches the read end of an empty pipe; epoll_pwait2 with a "
                   "20 ms timespec must return 0 after at least 20 ms (CLOCK_MONOTONIC). SKIP "
                   "before Linux 5.11 (ENOSYS).",
      .since     = "5.11");

PROBE_BODY
{
    int p[2];
    SETUP(pipe(p));
    int ep = SETUP(epoll_create1(EPOLL_CLOEXEC));
    struct epoll_event ev = { .events = EPOLLIN }, out;
    SETUP(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));

    struct timespec timeout = { 0, 20 * 1000000L };
    long long start = probe_now_ms();
    EXPECT_EQ(SINCE(epoll_pwait2(ep, &out, 1, &timeout, NULL), 0), 0, "events epoll_pwait2 returned");
    long long waited = probe_now_ms() - start;
    EXPECT_TRUE(waited >= 20, "expected epoll_pwait2 to wait out its 20 ms timeout; it returned "
                "after %lld ms", waited);
}
