#include "signals.h"

PROBE(.claim     = "sigsuspend() sleeps until a signal that runs a handler arrives from another process",
      .reference = "sigsuspend(2) \"DESCRIPTION\"",
      .how       = "A child catches SIGUSR2, blocks it and calls sigsuspend() with an empty mask; the "
                   "oracle must see it asleep in rt_sigsuspend; SIGUSR2 from the parent then makes "
                   "sigsuspend() return -1/EINTR (exit 0).");

static int waiter(void *arg)
{
    sigset_t none;
    sigemptyset(&none);
    sig_catch(SIGUSR2, 0);
    sig_block(SIGUSR2);
    int r = sigsuspend(&none);
    return r == -1 && errno == EINTR && sig_count[SIGUSR2] == 1 ? 0 : 1;
}

PROBE_BODY
{
    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, SYS_rt_sigsuspend, PROBE_BOUND_MS, "sigsuspend()");

    SETUP(kill(child, SIGUSR2));
    expect_child_exit(child, 0, "the child after SIGUSR2");
}
