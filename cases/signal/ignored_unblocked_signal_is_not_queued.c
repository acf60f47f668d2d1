#include "signals.h"

PROBE(.claim     = "An ignored signal is thrown away when sent unblocked, but stays pending when sent while blocked",
      .reference = "signal(7) \"Signal mask and pending signals\"",
      .how       = "SIGUSR1 is set to SIG_IGN. Sent while unblocked, a later block + sigpending() must "
                   "not show it; sent while blocked, sigpending() must show it (and sigtimedwait can take it).");

PROBE_BODY
{
    SETUP(signal(SIGUSR1, SIG_IGN) == SIG_ERR ? -1 : 0);
    SETUP(kill(getpid(), SIGUSR1));
    sig_block(SIGUSR1);
    EXPECT_TRUE(!sig_is_pending(SIGUSR1),
                "expected an ignored, unblocked SIGUSR1 to be discarded; observed it pending");

    SETUP(kill(getpid(), SIGUSR1));
    EXPECT_TRUE(sig_is_pending(SIGUSR1),
                "expected an ignored but blocked SIGUSR1 to stay pending; observed it discarded");
    EXPECT_EQ(sig_wait(SIGUSR1, 0, NULL), SIGUSR1, "signal taken by sigtimedwait()");
}
