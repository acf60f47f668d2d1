#include "signals.h"

PROBE(.claim     = "raise(sig) sends sig to the calling process only",
      .reference = "raise(3) \"DESCRIPTION\"",
      .seed      = "SEED-30",
      .kind      = "confirms",
      .how       = "A child with SIGUSR1 blocked calls raise(SIGUSR1) and must find it pending in "
                   "itself; the parent (SIGUSR1 blocked too) must not have it pending.");

static int raiser(void *arg)
{
    if (raise(SIGUSR1) != 0)
        return 2;
    return sig_is_pending(SIGUSR1) ? 0 : 1;
}

PROBE_BODY
{
    sig_block(SIGUSR1);
    pid_t child = probe_spawn(raiser, NULL);

    expect_child_exit(child, 0, "the child after raise(SIGUSR1) (1 = not pending in itself)");
    EXPECT_TRUE(!sig_is_pending(SIGUSR1),
                "expected raise() in the child not to reach the parent; observed SIGUSR1 pending");
}
