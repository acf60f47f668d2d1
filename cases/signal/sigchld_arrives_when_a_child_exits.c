#include "signals.h"

PROBE(.claim     = "When a child ends with exit(0), the parent receives SIGCHLD",
      .reference = "signal(7) \"Standard signals\"",
      .seed      = "SEED-37",
      .kind      = "confirms",
      .how       = "The test process blocks SIGCHLD and forks a child that ends with _exit(0) (exit(0) minus the stdio flush, the same kernel exit); sigtimedwait "
                   "must return SIGCHLD within the bound, naming that child.");

static int quitter(void *arg) { _exit(0); }

PROBE_BODY
{
    siginfo_t info;
    sig_block(SIGCHLD);
    pid_t child = probe_spawn(quitter, NULL);

    EXPECT_EQ(sig_wait(SIGCHLD, PROBE_BOUND_MS, &info), SIGCHLD, "signal from sigtimedwait (-1 = none arrived)");
    EXPECT_EQ(info.si_pid, child, "si_pid of SIGCHLD");
    expect_child_exit(child, 0, "the child");
}
