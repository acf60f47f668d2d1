#include "signals.h"

PROBE(.claim     = "kill(pid, 0) also checks permission: an unprivileged caller gets EPERM for another user's process",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-29",
      .kind      = "corrects",
      .how       = "As root, a child drops to nobody and calls kill(root process, 0): it must fail with "
                   "EPERM (the process exists but may not be signalled), not succeed or give ESRCH.");

static int as_nobody(void *arg)
{
    pid_t root_pid = *(pid_t *)arg;
    if (probe_drop_to_nobody() != 0)
        return 2;
    if (kill(root_pid, 0) == 0)
        return 1;
    return errno == EPERM ? 0 : 3;
}

PROBE_BODY
{
    if (geteuid() != 0)
        probe_skip("needs root to have another user's process to probe (running as uid %d)",
                   (int)geteuid());
    pid_t self = getpid();

    pid_t child = probe_spawn(as_nobody, &self);
    expect_child_exit(child, 0, "nobody's kill(root process, 0) (1 = it succeeded, 3 = other errno)");
}
