#include "signals.h"

PROBE(.claim     = "kill(pid, 0) succeeds while the process exists and fails with ESRCH once it is gone",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-29",
      .kind      = "corrects",
      .how       = "kill(child, 0) returns 0 while a child waits (and the child receives nothing); after "
                   "the child is killed and reaped, kill(child, 0) fails with ESRCH.");

PROBE_BODY
{
    pid_t child = sig_spawn_receiver(SIGUSR1);

    EXPECT_EQ(EXPECT_OK(kill(child, 0)), 0, "kill(child, 0) while it runs");
    SETUP(kill(child, SIGKILL));
    int status = probe_reap(child, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                "expected the child, untouched by signal 0, to die from SIGKILL; observed it %s",
                describe_status(status));
    EXPECT_ERRNO(kill(child, 0), ESRCH);
}
