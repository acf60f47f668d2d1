#include "probe.h"
#include "process.h"
#include <sys/wait.h>

PROBE(.claim     = "A parent learns a child's exit code from the wait status: WIFEXITED is true "
                   "and WEXITSTATUS is the low 8 bits the child passed to _exit()",
      .reference = "wait(2) \"WIFEXITED\", \"WEXITSTATUS\"",
      .seed      = "SEED-71",
      .kind      = "confirms",
      .how       = "Two children _exit(42) and _exit(256 + 7); waitpid() must report exited 42 and "
                   "exited 7 (only the low byte survives).");

PROBE_BODY
{
    pid_t a = probe_fork();
    if (a == 0)
        _exit(42);
    pid_t b = probe_fork();
    if (b == 0)
        _exit(256 + 7);
    int sa = process_wait_status(a, PROBE_BOUND_MS), sb = process_wait_status(b, PROBE_BOUND_MS);
    EXPECT_TRUE(sa != -1 && WIFEXITED(sa) && WEXITSTATUS(sa) == 42,
                "expected the child of _exit(42) to be reported as exited 42; observed %s",
                describe_status(sa));
    EXPECT_TRUE(sb != -1 && WIFEXITED(sb) && WEXITSTATUS(sb) == 7,
                "expected the child of _exit(263) to be reported as exited 7; observed %s",
                describe_status(sb));
}
