#include "signals.h"

PROBE(.claim     = "A signal whose disposition is SIG_IGN is discarded: the process is not terminated",
      .reference = "signal(7) \"Signal dispositions\"",
      .seed      = "SEED-33",
      .kind      = "confirms",
      .how       = "A child sets SIGTERM to SIG_IGN with signal(), raises SIGTERM and finds nothing "
                   "pending; it must live to exit 0 (the default action would kill it).");

static int ignorer(void *arg)
{
    if (signal(SIGTERM, SIG_IGN) == SIG_ERR)
        return 2;
    raise(SIGTERM);
    return sig_is_pending(SIGTERM) ? 1 : 0;
}

PROBE_BODY
{
    pid_t child = probe_spawn(ignorer, NULL);

    expect_child_exit(child, 0, "the child that ignores SIGTERM and raises it");
}
