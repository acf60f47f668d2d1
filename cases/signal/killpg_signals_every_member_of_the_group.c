#include "signals.h"

PROBE(.claim     = "killpg(pgrp, sig) sends sig to every member of process group pgrp",
      .reference = "killpg(3) \"DESCRIPTION\"",
      .how       = "Two children join a new process group led by the first and wait for SIGUSR1; "
                   "killpg(group, SIGUSR1) from the test process (another group, SIGUSR1 blocked) must "
                   "reach both and not the caller.");

static int lead(void *arg) { return setpgid(0, 0); }
static int join(void *arg) { return setpgid(0, *(pid_t *)arg); }

PROBE_BODY
{
    sig_block(SIGUSR1);
    pid_t first = sig_spawn_receiver_with(SIGUSR1, lead, NULL);
    pid_t second = sig_spawn_receiver_with(SIGUSR1, join, &first);

    EXPECT_EQ(EXPECT_OK(killpg(first, SIGUSR1)), 0, "killpg()'s return value");
    expect_child_exit(first, 0, "the group leader waiting for SIGUSR1");
    expect_child_exit(second, 0, "the second member waiting for SIGUSR1");
    EXPECT_TRUE(!sig_is_pending(SIGUSR1), "expected the caller, outside the group, not to get "
                "SIGUSR1; observed it pending");
}
