#include "signals.h"

PROBE(.claim     = "With SA_NODEFER the signal is not blocked while its handler runs, so it nests",
      .reference = "sigaction(2) \"SA_NODEFER\"",
      .how       = "The handler of SIGUSR1 (SA_NODEFER) raises SIGUSR1 once from inside itself; the "
                   "second run must happen inside the first: nesting depth 2, count 2.");

PROBE_BODY
{
    sig_catch_reraising(SIGUSR1, SA_NODEFER);

    SETUP(raise(SIGUSR1));
    EXPECT_EQ(sig_count[SIGUSR1], 2, "handler runs");
    EXPECT_EQ(sig_depth_max, 2, "deepest handler nesting");
}
