#include "signals.h"

PROBE(.claim     = "sigwaitinfo() returns a pending blocked signal with its siginfo and removes it from the pending set",
      .reference = "sigwaitinfo(2) \"DESCRIPTION\"",
      .how       = "With SIGUSR1 caught and blocked, kill(getpid(), SIGUSR1) makes it pending; "
                   "sigwaitinfo() must return SIGUSR1 with si_code SI_USER and si_pid = self, without "
                   "running the handler, and SIGUSR1 must no longer be pending.");

PROBE_BODY
{
    sigset_t set;
    siginfo_t info;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sig_catch(SIGUSR1, 0);
    sig_block(SIGUSR1);
    SETUP(kill(getpid(), SIGUSR1));
    if (!sig_is_pending(SIGUSR1)) /* sigwaitinfo() has no bound: never call it with nothing pending */
        probe_error("kill(getpid(), SIGUSR1) left nothing pending");

    PROBE_POISON(info);
    EXPECT_EQ(EXPECT_OK(sigwaitinfo(&set, &info)), SIGUSR1, "signal from sigwaitinfo()");
    EXPECT_EQ(info.si_code, SI_USER, "si_code");
    EXPECT_EQ(info.si_pid, getpid(), "si_pid");
    EXPECT_EQ(sig_count[SIGUSR1], 0, "handler runs (the signal was taken, not delivered)");
    EXPECT_TRUE(!sig_is_pending(SIGUSR1), "expected SIGUSR1 gone from the pending set; observed it pending");
}
