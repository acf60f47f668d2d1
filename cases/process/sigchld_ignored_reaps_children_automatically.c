#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "With SIGCHLD set to SIG_IGN, ended children are reaped at once (no zombie) "
                   "and wait() fails with ECHILD",
      .reference = "wait(2) \"NOTES\" (SIGCHLD SIG_IGN); signal(7)",
      .how       = "signal(SIGCHLD, SIG_IGN), then a child _exit()s; wait(NULL) (which waits for "
                   "all children to end) must fail with ECHILD, and the child must not be a zombie: "
                   "/proc/<pid> gone, or still being released (state X, dead) at that instant.");

PROBE_BODY
{
    EXPECT_TRUE(signal(SIGCHLD, SIG_IGN) != SIG_ERR, "expected signal(SIGCHLD, SIG_IGN) to "
                "succeed; observed SIG_ERR (%s)", errno_name(errno));
    pid_t pid = probe_fork();
    if (pid == 0)
        _exit(0);
    pid_t r = wait(NULL);
    EXPECT_TRUE(r == -1 && errno == ECHILD,
                "expected wait(NULL) to fail with ECHILD; observed %d (%s)", (int)r,
                r == -1 ? errno_name(errno) : "a reaped zombie");
    char state = process_state(pid);
    EXPECT_TRUE(state == 0 || state == 'X',
                "expected the child reaped (no /proc entry, or state X while it is released); "
                "observed state %c", state);
}
