#include "signals.h"

PROBE(.claim     = "kill(-pgrp, sig) to a process group that has no members fails with ESRCH",
      .reference = "kill(2) \"ERRORS\"",
      .how       = "A child makes its own process group and is reaped, so the group is empty; "
                   "kill(-group, SIGTERM) must fail with ESRCH.");

static int lead(void *arg) { return setpgid(0, 0) == 0 ? 0 : 1; }

PROBE_BODY
{
    pid_t child = probe_spawn(lead, NULL);
    expect_child_exit(child, 0, "the child that led its own group");

    EXPECT_ERRNO(kill(-child, SIGTERM), ESRCH);
}
