#include "signals.h"

PROBE(.claim     = "A handler's int argument is the number of the signal being handled",
      .reference = "sigaction(2) \"DESCRIPTION\"",
      .seed      = "SEED-34",
      .kind      = "confirms",
      .how       = "One handler is installed for SIGUSR1, SIGUSR2 and SIGRTMIN+1; after raising each, "
                   "the handler's recorded argument must equal the signal raised.");

PROBE_BODY
{
    int sigs[] = { SIGUSR1, SIGUSR2, SIGRTMIN + 1 };
    for (int i = 0; i < 3; i++) {
        sig_catch(sigs[i], 0);
        sig_last_arg = 0;
        SETUP(raise(sigs[i]));
        EXPECT_EQ(sig_last_arg, sigs[i], "the handler's argument");
    }
}
