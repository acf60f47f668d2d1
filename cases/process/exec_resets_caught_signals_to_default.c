#include "probe.h"
#include "process.h"
#include <signal.h>

PROBE(.claim     = "execve() resets caught signals to their default disposition (the handler's "
                   "code is gone with the old image)",
      .reference = "execve(2) \"Effect on process attributes\"; signal(7) \"Signal dispositions\"",
      .how       = "A child catches SIGUSR1 with a handler, then execs a helper that reports "
                   "SIGUSR1's disposition as its exit code: it must be the default.");

static void on_usr1(int sig) {}

static int child(void *arg)
{
    if (sigaction(SIGUSR1, &(struct sigaction){ .sa_handler = on_usr1 }, NULL))
        return REPORT_USAGE;
    return process_exec_reporter(SIGUSR1);
}

PROBE_BODY
{
    int report = process_reporter_result(probe_spawn(child, NULL));
    EXPECT_TRUE((report & REPORT_DISPOSITION) == REPORT_DEFAULT,
                "expected SIGUSR1 default after exec; observed %s", process_describe_report(report));
}
