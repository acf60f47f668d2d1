#include "probe.h"
#include "process.h"
#include <signal.h>

PROBE(.claim     = "execve() keeps the signal mask: a signal blocked before exec is blocked in "
                   "the new program",
      .reference = "execve(2) \"Effect on process attributes\"; signal(7) \"Signal mask and "
                   "pending signals\"",
      .how       = "A child blocks SIGUSR1, then execs a helper that reports whether SIGUSR1 is in "
                   "its mask: it must be.");

static int child(void *arg)
{
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    if (sigprocmask(SIG_BLOCK, &usr1, NULL))
        return REPORT_USAGE;
    return process_exec_reporter(SIGUSR1);
}

PROBE_BODY
{
    int report = process_reporter_result(probe_spawn(child, NULL));
    EXPECT_TRUE(report & REPORT_BLOCKED,
                "expected SIGUSR1 blocked after exec; observed %s", process_describe_report(report));
}
