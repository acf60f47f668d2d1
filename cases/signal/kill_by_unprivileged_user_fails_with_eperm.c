#include "signals.h"

PROBE(.claim     = "An unprivileged process may not signal another user's process: kill() fails with EPERM",
      .reference = "kill(2) \"ERRORS\"",
      .seed      = "SEED-26",
      .kind      = "confirms",
      .how       = "As root, a child drops to nobody and sends SIGUSR1 to the root test process "
                   "(which blocks SIGUSR1): kill() must fail with EPERM and nothing may arrive.");

static int as_nobody(void *arg)
{
    pid_t root_pid = *(pid_t *)arg;
    if (probe_drop_to_nobody() != 0)
        return 2;
    if (kill(root_pid, SIGUSR1) == 0)
        return 1;
    return errno == EPERM ? 0 : 3;
}

PROBE_BODY
{
    if (geteuid() != 0)
        probe_skip("needs root to have another user's process to signal (running as uid %d)",
                   (int)geteuid());
    pid_t self = getpid();
    sig_block(SIGUSR1);

    pid_t child = probe_spawn(as_nobody, &self);
    expect_child_exit(child, 0, "nobody's kill(root process) (1 = it succeeded, 3 = other errno)");
    EXPECT_TRUE(!sig_is_pending(SIGUSR1),
                "expected no SIGUSR1 from the unprivileged sender; observed one pending");
}
