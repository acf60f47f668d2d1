#include "landlock.h"
#include <signal.h>

PROBE(.claim     = "A process in a Landlock domain scoped with LANDLOCK_SCOPE_SIGNAL cannot send a "
                   "signal to a process outside its domain: kill() fails with EPERM",
      .reference = "landlock(7) \"Scoping\" (Linux 6.12, ABI 6); kill(2) \"EPERM\"",
      .how       = "A target child waits on a pipe; a second child restricts itself with that scope "
                   "and sends SIGTERM to the target: kill must fail with EPERM (the target is then "
                   "ended by the probe). SKIP without Landlock, with it disabled at boot, or before "
                   "ABI 6.",
      .since     = "6.12");

static int hold[2];

static int target(void *arg)
{
    char c;
    close(hold[1]);
    return read(hold[0], &c, 1) == 0 ? 0 : 1;
}

static int sandboxed_kill(void *target_pid)
{
    if (landlock_scope_self(LANDLOCK_SCOPE_SIGNAL) != 0)
        return 200;
    return child_errno(kill(*(pid_t *)target_pid, SIGTERM));
}

PROBE_BODY
{
    landlock_require_abi(6);
    SETUP(pipe(hold));
    pid_t t = probe_spawn(target, NULL);
    pid_t sender = probe_spawn(sandboxed_kill, &t);
    expect_child_errno(sender, EPERM, PROBE_BOUND_MS,
                       "kill(SIGTERM) from the scoped sandbox (errno 200: it could not restrict itself)");
    close(hold[1]);
    expect_child_exit(t, 0, "the target (it must not have been signalled)");
}
