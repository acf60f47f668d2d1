#include "signals.h"

PROBE(.claim     = "Blocking every signal quietly leaves SIGKILL and SIGSTOP unblocked",
      .reference = "sigprocmask(2) \"NOTES\"",
      .how       = "sigprocmask(SIG_SETMASK, full set) succeeds; the mask read back must lack SIGKILL "
                   "and SIGSTOP and hold SIGTERM, SIGUSR1 and SIGRTMAX.");

PROBE_BODY
{
    sigset_t all, now;
    sigfillset(&all);
    EXPECT_OK(sigprocmask(SIG_SETMASK, &all, NULL));
    SETUP(sigprocmask(SIG_SETMASK, NULL, &now));

    EXPECT_TRUE(!sigismember(&now, SIGKILL), "expected SIGKILL never blocked; observed it in the mask");
    EXPECT_TRUE(!sigismember(&now, SIGSTOP), "expected SIGSTOP never blocked; observed it in the mask");
    EXPECT_TRUE(sigismember(&now, SIGTERM) && sigismember(&now, SIGUSR1) && sigismember(&now, SIGRTMAX),
                "expected SIGTERM, SIGUSR1 and SIGRTMAX blocked; observed one of them unblocked");
}
