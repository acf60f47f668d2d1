#include "signals.h"

PROBE(.claim     = "pause() sleeps until a signal runs a handler, then returns -1 with errno EINTR",
      .reference = "pause(2) \"RETURN VALUE\"",
      .seed      = "SEED-32",
      .kind      = "confirms",
      .how       = "A child catches SIGUSR1 and calls pause(); the oracle sees it asleep in pause(); "
                   "SIGUSR1 then makes pause() return -1/EINTR after the handler ran (child exits 0).");

static int waiter(void *arg)
{
    sig_catch(SIGUSR1, 0);
    int r = pause();
    return r == -1 && errno == EINTR && sig_count[SIGUSR1] == 1 ? 0 : 1;
}

PROBE_BODY
{
    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, SIG_SYS_PAUSE, PROBE_BOUND_MS, "pause()");

    SETUP(kill(child, SIGUSR1));
    expect_child_exit(child, 0, "the child after SIGUSR1 (1 = pause() returned otherwise)");
}
