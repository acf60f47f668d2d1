#include "signals.h"

PROBE(.claim     = "sigsuspend() replaces the mask while it waits, returns -1/EINTR after a handler, and restores the mask",
      .reference = "sigsuspend(2) \"DESCRIPTION\"",
      .how       = "SIGUSR1 is caught and blocked, then raised (pending); sigsuspend() with an empty mask "
                   "must let it in at once: -1/EINTR with the handler run once, and SIGUSR1 blocked "
                   "again afterwards.");

PROBE_BODY
{
    sigset_t none;
    sigemptyset(&none);
    sig_catch(SIGUSR1, 0);
    sig_block(SIGUSR1);
    SETUP(raise(SIGUSR1));

    EXPECT_ERRNO(sigsuspend(&none), EINTR);
    EXPECT_EQ(sig_count[SIGUSR1], 1, "handler runs during sigsuspend()");
    EXPECT_TRUE(sig_is_blocked(SIGUSR1), "expected the old mask (SIGUSR1 blocked) back after "
                "sigsuspend(); observed SIGUSR1 unblocked");
}
