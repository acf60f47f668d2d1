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
    async_let_timer_overrun(&info);
    EXPECT_TRUE(info.si_overrun >= 1, "expected si_overrun >= 1 after ~29 intervals; observed %d",
                info.si_overrun);
}
