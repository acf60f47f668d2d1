#include "signals.h"

PROBE(.claim     = "Without SA_NOCLDSTOP, a child that stops sends SIGCHLD with si_code CLD_STOPPED",
      .reference = "sigaction(2) \"SA_NOCLDSTOP\"",
      .how       = "The test process catches SIGCHLD (flags 0) and blocks it; a child stops itself "
                   "with SIGSTOP; sigtimedwait must return SIGCHLD with CLD_STOPPED for that child.");

static int stopper(void *arg) { raise(SIGSTOP); return 0; }

PROBE_BODY
{
    siginfo_t info;
    sig_catch(SIGCHLD, 0);
    sig_block(SIGCHLD);
    pid_t child = probe_spawn(stopper, NULL);

    int got = sig_wait(SIGCHLD, PROBE_BOUND_MS, &info);
    kill(child, SIGKILL);
    probe_reap(child, PROBE_BOUND_MS);
    EXPECT_EQ(got, SIGCHLD, "signal from sigtimedwait (-1 = no SIGCHLD for the stop)");
    EXPECT_EQ(info.si_code, CLD_STOPPED, "si_code (CLD_STOPPED = 5)");
    EXPECT_EQ(info.si_pid, child, "si_pid");
}
