#include "async.h"

PROBE(.claim     = "timer_getoverrun() after a periodic timer's signal is taken reports the "
                   "expirations that happened while it was pending",
      .reference = "timer_getoverrun(2) \"DESCRIPTION\" (\"the overrun count for the specified "
                   "timer\")",
      .how       = "With SIGRTMIN blocked, a timer sends it every 100 us; a one-shot timer sends "
                   "SIGRTMIN+1 after 3 ms. Once SIGRTMIN+1 has arrived and SIGRTMIN is dequeued, "
                   "timer_getoverrun() on the periodic timer must return >= 1.");

PROBE_BODY
{
    timer_t periodic = async_let_timer_overrun(NULL);
    int overrun = EXPECT_OK(timer_getoverrun(periodic));
    EXPECT_TRUE(overrun >= 1, "expected timer_getoverrun >= 1 after ~29 intervals; observed %d", overrun);
}
