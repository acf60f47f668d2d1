#include "probe.h"
#include "process.h"
#include <signal.h>

PROBE(.claim     = "execve() keeps ignored signals ignored (SIG_IGN survives exec)",
      .reference = "execve(2) \"Effect on process attributes\"; signal(7) \"Signal dispositions\"",
      .how       = "A child sets SIGUSR1 to SIG_IGN, then execs a helper that reports SIGUSR1's "
                   "disposition as its exit code: it must still be ignored.");

static int child(void *arg)
{
    if (sigaction(SIGUSR1, &(struct sigaction){ .sa_handler = SIG_IGN }, NULL))
        return REPORT_USAGE;
    return process_exec_reporter(SIGUSR1);
}

PROBE_BODY
{
    int report = process_reporter_result(probe_spawn(child, NULL));
    EXPECT_TRUE((report & REPORT_DISPOSITION) == REPORT_IGNORED,
                "expected SIGUSR1 ignored after exec; observed %s", process_describe_report(report));
}
