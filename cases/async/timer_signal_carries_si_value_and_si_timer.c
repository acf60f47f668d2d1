#include "async.h"

PROBE(.claim     = "A POSIX timer made with SIGEV_SIGNAL sends its signal with the sigev_value "
                   "given and si_code SI_TIMER",
      .reference = "timer_create(2) \"DESCRIPTION\" (SIGEV_SIGNAL: \"si_value ... si_code is set "
                   "to SI_TIMER\")",
      .how       = "With SIGRTMIN blocked, timer_create(CLOCK_MONOTONIC) asks for SIGRTMIN with "
                   "sival_int 4242 and is armed to expire once after 1 ms; a bounded "
                   "sigtimedwait must return SIGRTMIN with si_code SI_TIMER and si_value 4242.");

PROBE_BODY
{
    siginfo_t info;
    sig_block(SIGRTMIN);
    timer_t t = async_timer(SIGRTMIN, 4242);
    async_arm(t, 1000000, 0);

    EXPECT_EQ(sig_wait(SIGRTMIN, PROBE_BOUND_MS, &info), SIGRTMIN, "the signal awaited (SIGRTMIN)");
    EXPECT_EQ(info.si_code, SI_TIMER, "si_code (SI_TIMER = -2)");
    EXPECT_EQ(info.si_value.sival_int, 4242, "si_value.sival_int");
}
