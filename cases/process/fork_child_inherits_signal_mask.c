#include "probe.h"
#include <signal.h>

PROBE(.claim     = "A child created by fork() inherits the parent's signal mask",
      .reference = "fork(2) \"DESCRIPTION\"; signal(7) \"Signal mask and pending signals\"",
      .how       = "The parent blocks SIGUSR1; the child exits 0 if SIGUSR1 is in its mask, and "
                   "raising it then leaves it pending instead of killing the child.");

static int child(void *arg)
{
    sigset_t mask, pending;
    if (sigprocmask(SIG_SETMASK, NULL, &mask) || !sigismember(&mask, SIGUSR1))
        return 1;
    raise(SIGUSR1);
    return sigpending(&pending) == 0 && sigismember(&pending, SIGUSR1) ? 0 : 2;
}

PROBE_BODY
{
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    SETUP(sigprocmask(SIG_BLOCK, &usr1, NULL));
    pid_t pid = probe_spawn(child, NULL);
    expect_child_exit(pid, 0, "the child checking SIGUSR1 in its mask (1: not blocked)");
}
