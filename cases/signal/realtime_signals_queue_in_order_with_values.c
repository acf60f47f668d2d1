#include "signals.h"

PROBE(.claim     = "Real-time signals queue: each sigqueue() while blocked is delivered once, in order, with its value",
      .reference = "signal(7) \"Real-time signals\"",
      .how       = "With SIGRTMIN blocked, sigqueue() sends it three times with values 101, 102, 103; "
                   "three sigtimedwait() calls must return SIGRTMIN with 101, 102, 103, and a fourth "
                   "must find nothing (EAGAIN).");

PROBE_BODY
{
    siginfo_t info;
    sig_block(SIGRTMIN);
    for (int v = 101; v <= 103; v++)
        EXPECT_OK(sigqueue(getpid(), SIGRTMIN, (union sigval){ .sival_int = v }));

    for (int v = 101; v <= 103; v++) {
        EXPECT_EQ(sig_wait(SIGRTMIN, 0, &info), SIGRTMIN, "signal dequeued (-1 = fewer queued)");
        EXPECT_EQ(info.si_value.sival_int, v, "si_value of the next queued SIGRTMIN");
    }
    EXPECT_ERRNO(sig_wait(SIGRTMIN, 0, &info), EAGAIN);
}
