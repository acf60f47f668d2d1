#include "signals.h"

PROBE(.claim     = "kill(pid, sig) with pid > 0 sends sig to that process and returns 0",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-26",
      .kind      = "confirms",
      .how       = "A child blocks SIGUSR1 and waits for it with sigtimedwait; kill(child, SIGUSR1) "
                   "must return 0 and the child must receive the signal within the bound.");

PROBE_BODY
{
    pid_t child = sig_spawn_receiver(SIGUSR1);

    EXPECT_EQ(EXPECT_OK(kill(child, SIGUSR1)), 0, "kill()'s return value");
    expect_child_exit(child, 0, "the child waiting for SIGUSR1 (1 = it never arrived)");
}
