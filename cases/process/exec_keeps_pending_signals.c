#include "probe.h"
#include "process.h"
#include <signal.h>

PROBE(.claim     = "execve() keeps pending signals: a blocked signal pending before exec is still "
                   "pending in the new program",
      .reference = "execve(2) \"Effect on process attributes\"; signal(7) \"Signal mask and "
                   "pending signals\"",
      .how       = "A child blocks SIGUSR1 and raises it (pending), then execs a helper that reports "
                   "whether SIGUSR1 is pending there: it must be.");

static int child(void *arg)
{
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    if (sigprocmask(SIG_BLOCK, &usr1, NULL) || raise(SIGUSR1))
        return REPORT_USAGE;
    return process_exec_reporter(SIGUSR1);
}

PROBE_BODY
{
    int report = process_reporter_result(probe_spawn(child, NULL));
    EXPECT_TRUE(report & REPORT_PENDING,
                "expected SIGUSR1 pending after exec; observed %s", process_describe_report(report));
}
