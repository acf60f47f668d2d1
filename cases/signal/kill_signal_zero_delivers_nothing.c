#include "signals.h"

PROBE(.claim     = "kill(pid, 0) sends no signal: it only checks that the process exists and may be signalled",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-29",
      .kind      = "corrects",
      .how       = "With every signal blocked, kill(getpid(), 0) must return 0 and leave the pending "
                   "set empty; so no handler could ever run for it (the tutorial expected one to).");

PROBE_BODY
{
    sigset_t all, pending;
    sigfillset(&all);
    SETUP(sigprocmask(SIG_BLOCK, &all, NULL));

    EXPECT_EQ(EXPECT_OK(kill(getpid(), 0)), 0, "kill(getpid(), 0)'s return value");
    SETUP(sigpending(&pending));
    for (int sig = 1; sig <= SIGRTMAX; sig++)
        EXPECT_TRUE(!sigismember(&pending, sig),
                    "expected nothing pending after kill(pid, 0); observed %s pending",
                    signal_name(sig));
}
