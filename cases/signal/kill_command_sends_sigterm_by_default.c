#include "signals.h"
#include <stdio.h>

PROBE(.claim     = "The kill command without a signal option sends SIGTERM",
      .reference = "kill(1) \"DESCRIPTION\"",
      .seed      = "SEED-36",
      .kind      = "confirms",
      .needs     = "cmd:kill",
      .how       = "A child blocks SIGTERM and waits only for it; `kill <child>` (the kill program on "
                   "PATH) must exit 0 and the child must receive SIGTERM (any other terminating signal "
                   "would kill it instead).");

static pid_t target;

static int run_kill(void *arg)
{
    char pid[32];
    snprintf(pid, sizeof pid, "%d", (int)target);
    execlp("kill", "kill", pid, (char *)NULL);
    return 127;
}

PROBE_BODY
{
    target = sig_spawn_receiver(SIGTERM);

    expect_child_exit(probe_spawn(run_kill, NULL), 0, "the kill command");
    expect_child_exit(target, 0, "the child waiting for SIGTERM");
}
