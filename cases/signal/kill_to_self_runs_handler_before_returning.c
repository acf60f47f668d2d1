#include "signals.h"

PROBE(.claim     = "kill() to the caller's own pid delivers an unblocked signal before kill() returns",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-26",
      .kind      = "confirms",
      .how       = "With a counting handler for SIGUSR2, kill(getpid(), SIGUSR2) returns 0 and the "
                   "handler has already run once (POSIX: at least one unblocked pending signal is "
                   "delivered before kill to oneself returns).");

PROBE_BODY
{
    sig_catch(SIGUSR2, 0);

    EXPECT_EQ(EXPECT_OK(kill(getpid(), SIGUSR2)), 0, "kill()'s return value");
    EXPECT_EQ(sig_count[SIGUSR2], 1, "handler runs when kill(getpid()) returns");
}
