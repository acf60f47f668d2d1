#include "async.h"

PROBE(.claim     = "A periodic POSIX timer whose signal stays pending counts the further "
                   "expirations in the si_overrun of the signal when it is taken",
      .reference = "timer_create(2) \"DESCRIPTION\"; timer_getoverrun(2) \"DESCRIPTION\"; "
                   "sigaction(2) \"The siginfo_t argument\" (si_overrun)",
      .how       = "With SIGRTMIN blocked, a timer sends it every 100 us; a second, one-shot "
                   "timer sends SIGRTMIN+1 after 3 ms. Once SIGRTMIN+1 has arrived (about 29 "
                   "intervals later), the SIGRTMIN dequeued must carry si_overrun >= 1.");

PROBE_BODY
{
    siginfo_t info;
    sig_block(SIGRTMIN);
    sig_block(SIGRTMIN + 1);
    timer_t periodic = async_timer(SIGRTMIN, 1), later = async_timer(SIGRTMIN + 1, 2);
    async_arm(periodic, 100000, 100000);
    async_arm(later, 3000000, 0);

    EXPECT_EQ(sig_wait(SIGRTMIN + 1, PROBE_BOUND_MS, NULL), SIGRTMIN + 1, "the 3 ms timer's signal");
    EXPECT_EQ(sig_wait(SIGRTMIN, 0, &info), SIGRTMIN, "the periodic timer's pending signal");
    EXPECT_TRUE(info.si_overrun >= 1, "expected si_overrun >= 1 after ~29 intervals; observed %d",
                info.si_overrun);
}
