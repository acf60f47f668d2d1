#include "signals.h"

PROBE(.claim     = "raise() of an unblocked, caught signal runs the handler before raise() returns, every time",
      .reference = "raise(3) \"DESCRIPTION\"",
      .seed      = "SEED-30",
      .kind      = "confirms",
      .how       = "With a counting handler for SIGUSR1, the count must be 1 right after the first "
                   "raise(SIGUSR1) returns 0 and 2 right after the second.");

PROBE_BODY
{
    sig_catch(SIGUSR1, 0);

    EXPECT_EQ(raise(SIGUSR1), 0, "raise()'s return value");
    EXPECT_EQ(sig_count[SIGUSR1], 1, "handler runs after the first raise()");
    EXPECT_EQ(raise(SIGUSR1), 0, "raise()'s return value");
    EXPECT_EQ(sig_count[SIGUSR1], 2, "handler runs after the second raise()");
}
