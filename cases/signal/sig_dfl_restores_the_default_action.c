#include "signals.h"

PROBE(.claim     = "signal(sig, SIG_DFL) restores the default action, so a terminating signal kills again",
      .reference = "signal(2) \"DESCRIPTION\"",
      .seed      = "SEED-33",
      .kind      = "confirms",
      .how       = "A child catches SIGUSR1, raises it once (handler runs), then sets SIG_DFL and raises "
                   "it again: it must be killed by SIGUSR1.");

static int child_fn(void *arg)
{
    sig_catch(SIGUSR1, 0);
    raise(SIGUSR1);
    if (sig_count[SIGUSR1] != 1)
        return 2;
    signal(SIGUSR1, SIG_DFL);
    raise(SIGUSR1);
    return 0;
}

PROBE_BODY
{
    pid_t child = probe_spawn(child_fn, NULL);

    expect_child_killed_by(child, SIGUSR1, "the child after signal(SIGUSR1, SIG_DFL)");
}
