#include "signals.h"

PROBE(.claim     = "Without SA_NODEFER a signal is blocked while its own handler runs, and delivered after it returns",
      .reference = "sigaction(2) \"DESCRIPTION\"",
      .how       = "The handler of SIGUSR1 (flags 0) raises SIGUSR1 once from inside itself; that one "
                   "must wait until the first run returns: count 2 but nesting depth only 1.");

PROBE_BODY
{
    sig_catch_reraising(SIGUSR1, 0);

    SETUP(raise(SIGUSR1));
    EXPECT_EQ(sig_count[SIGUSR1], 2, "handler runs");
    EXPECT_EQ(sig_depth_max, 1, "deepest handler nesting");
}
