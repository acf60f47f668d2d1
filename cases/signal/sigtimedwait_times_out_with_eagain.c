#include "signals.h"
#include <time.h>

PROBE(.claim     = "sigtimedwait() with nothing pending fails with EAGAIN when the timeout expires, not before",
      .reference = "sigtimedwait(2) \"RETURN VALUE\"",
      .how       = "With SIGUSR1 blocked and not pending, sigtimedwait() with a 20 ms timeout must "
                   "return -1/EAGAIN after at least 20 ms (measured on CLOCK_MONOTONIC).");

PROBE_BODY
{
    sigset_t set;
    siginfo_t info;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sig_block(SIGUSR1);

    struct timespec t0, t1, timeout = { 0, 20 * 1000000 };
    clock_gettime(CLOCK_MONOTONIC, &t0);
    EXPECT_ERRNO(sigtimedwait(&set, &info, &timeout), EAGAIN);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long us = (t1.tv_sec - t0.tv_sec) * 1000000LL + (t1.tv_nsec - t0.tv_nsec) / 1000;
    EXPECT_TRUE(us >= 20000, "expected sigtimedwait() to wait the full 20 ms; observed %lld us", us);
}
