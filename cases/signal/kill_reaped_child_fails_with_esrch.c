#include "signals.h"

PROBE(.claim     = "kill() to a process that no longer exists fails with ESRCH",
      .reference = "kill(2) \"ERRORS\"",
      .seed      = "SEED-26",
      .kind      = "confirms",
      .how       = "A child exits and is reaped, so its pid names no process; kill(pid, SIGTERM) "
                   "must fail with ESRCH.");

static int quit(void *arg) { return 0; }

PROBE_BODY
{
    pid_t child = probe_spawn(quit, NULL);
    expect_child_exit(child, 0, "the child");

    EXPECT_ERRNO(kill(child, SIGTERM), ESRCH);
}
