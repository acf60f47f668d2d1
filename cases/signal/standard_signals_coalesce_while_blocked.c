#include "signals.h"

PROBE(.claim     = "A standard signal sent several times while blocked is delivered only once",
      .reference = "signal(7) \"Queueing and delivery semantics for standard signals\"",
      .how       = "With SIGUSR2 caught and blocked, kill(getpid(), SIGUSR2) three times then unblocking "
                   "must run the handler exactly once.");

PROBE_BODY
{
    sig_catch(SIGUSR2, 0);
    sig_block(SIGUSR2);

    for (int i = 0; i < 3; i++)
        SETUP(kill(getpid(), SIGUSR2));
    sig_unblock(SIGUSR2);
    EXPECT_EQ(sig_count[SIGUSR2], 1, "handler runs after three sends while blocked");
}
