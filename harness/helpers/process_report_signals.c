/*
 * process_report_signals SIGNUM — exec'd by the process probes. Reports, as its exit code
 * (see harness/process.h), the disposition of signal SIGNUM in this new program image and
 * whether it is blocked and pending.
 */
#include "process.h"
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct sigaction sa;
    sigset_t mask, pending;
    int sig = argc == 2 ? atoi(argv[1]) : 0;

    if (sig <= 0 || sigaction(sig, NULL, &sa) != 0 || sigprocmask(SIG_SETMASK, NULL, &mask) != 0 ||
        sigpending(&pending) != 0)
        return REPORT_USAGE;
    int report = sa.sa_handler == SIG_DFL ? REPORT_DEFAULT
               : sa.sa_handler == SIG_IGN ? REPORT_IGNORED : REPORT_CAUGHT;
    if (sigismember(&mask, sig))
        report |= REPORT_BLOCKED;
    if (sigismember(&pending, sig))
        report |= REPORT_PENDING;
    return report;
}
