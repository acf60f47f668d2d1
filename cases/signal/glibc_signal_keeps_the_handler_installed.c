#include "signals.h"

PROBE(.claim     = "glibc's signal() has BSD semantics: the handler stays installed after a delivery",
      .reference = "signal(2) \"Portability\"",
      .seed      = "SEED-39",
      .kind      = "confirms",
      .layer     = "libc",
      .how       = "A child installs a handler for SIGUSR1 with signal() and raises SIGUSR1 twice; both "
                   "must reach the handler (count 2), and sigaction() must still report the handler "
                   "without SA_RESETHAND. Other libcs (System V semantics) reset it after one delivery.");

static volatile sig_atomic_t count;
static void h(int sig) { count++; }

static int child_fn(void *arg)
{
    struct sigaction now;
    if (signal(SIGUSR1, h) == SIG_ERR)
        return 2;
    raise(SIGUSR1);
    raise(SIGUSR1);
    sigaction(SIGUSR1, NULL, &now);
    return count == 2 && now.sa_handler == h && !(now.sa_flags & SA_RESETHAND) ? 0 : 1;
}

PROBE_BODY
{
#ifndef __GLIBC__
    probe_skip("signal()'s semantics checked here are glibc's (BSD); this libc is not glibc");
#endif
    pid_t child = probe_spawn(child_fn, NULL);

    expect_child_exit(child, 0, "the child raising SIGUSR1 twice under signal() "
                      "(killed by SIGUSR1 = the handler was reset after one delivery)");
}
