#include "signals.h"

PROBE(.claim     = "A blocked signal stays pending and is delivered when unblocked, before sigprocmask() returns",
      .reference = "signal(7) \"Signal mask and pending signals\"",
      .how       = "With SIGUSR1 caught and blocked, raise(SIGUSR1) leaves the handler count at 0 and "
                   "sigpending() shows it; unblocking delivers it: count 1 right after sigprocmask().");

PROBE_BODY
{
    sig_catch(SIGUSR1, 0);
    sig_block(SIGUSR1);

    SETUP(raise(SIGUSR1));
    EXPECT_EQ(sig_count[SIGUSR1], 0, "handler runs while SIGUSR1 is blocked");
    EXPECT_TRUE(sig_is_pending(SIGUSR1), "expected SIGUSR1 in sigpending(); observed it absent");
    sig_unblock(SIGUSR1);
    EXPECT_EQ(sig_count[SIGUSR1], 1, "handler runs when sigprocmask(SIG_UNBLOCK) returns");
    EXPECT_TRUE(!sig_is_pending(SIGUSR1), "expected SIGUSR1 no longer pending; observed it pending");
}
