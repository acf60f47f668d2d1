#include "probe.h"
#include <signal.h>

PROBE(.claim     = "A child created by fork() starts with an empty set of pending signals, "
                   "even when signals are pending in the parent",
      .reference = "fork(2) \"DESCRIPTION\" (pending signal set is initially empty)",
      .how       = "The parent blocks SIGUSR1 and raises it, so it is pending in the parent; the "
                   "child (same mask) exits 0 if sigpending() does not show SIGUSR1.");

static int child(void *arg)
{
    sigset_t pending;
    if (sigpending(&pending))
        return 2;
    return sigismember(&pending, SIGUSR1) ? 1 : 0;
}

PROBE_BODY
{
    sigset_t usr1, pending;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    SETUP(sigprocmask(SIG_BLOCK, &usr1, NULL));
    SETUP(raise(SIGUSR1));
    SETUP(sigpending(&pending));
    if (!sigismember(&pending, SIGUSR1))
        probe_error("SIGUSR1 is not pending in the parent after raise() while blocked");
    pid_t pid = probe_spawn(child, NULL);
    expect_child_exit(pid, 0, "the child checking its pending set (1: SIGUSR1 pending)");
}
