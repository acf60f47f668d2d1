#include "signals.h"

PROBE(.claim     = "Different pending real-time signals are delivered lowest-numbered first",
      .reference = "signal(7) \"Real-time signals\"",
      .how       = "With SIGRTMIN+1..+3 blocked, they are sent highest first (+3, +2, +1); three "
                   "sigtimedwait() calls (zero timeout) on the set must take +1, +2, +3 in that order. (Handlers are not "
                   "used: Linux stacks all pending handlers at once, so they run in reverse.)");

PROBE_BODY
{
    siginfo_t info;
    struct timespec now = { 0, 0 };
    sigset_t set;
    sigemptyset(&set);
    for (int i = 1; i <= 3; i++)
        sigaddset(&set, SIGRTMIN + i);
    SETUP(sigprocmask(SIG_BLOCK, &set, NULL));
    for (int i = 3; i >= 1; i--)
        SETUP(kill(getpid(), SIGRTMIN + i));

    for (int i = 1; i <= 3; i++) {
        PROBE_POISON(info);
        EXPECT_EQ(sigtimedwait(&set, &info, &now), SIGRTMIN + i, "the next real-time signal taken");
    }
}
