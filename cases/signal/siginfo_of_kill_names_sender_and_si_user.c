#include "signals.h"

PROBE(.claim     = "An SA_SIGINFO handler of a kill()ed signal sees si_signo, si_code SI_USER, and the sender's pid and uid",
      .reference = "sigaction(2) \"The siginfo_t argument to a SA_SIGINFO handler\"",
      .how       = "The test process catches SIGUSR1 with SA_SIGINFO and blocks it; a child kill()s it, "
                   "the signal is unblocked inside sigsuspend, and the siginfo must carry SIGUSR1, "
                   "SI_USER, the child's pid and the child's uid.");

static int sender(void *arg) { return kill(getppid(), SIGUSR1) == 0 ? 0 : 1; }

PROBE_BODY
{
    sigset_t none;
    sigemptyset(&none);
    sig_catch(SIGUSR1, SA_SIGINFO);
    sig_block(SIGUSR1);

    pid_t child = probe_spawn(sender, NULL);
    expect_child_exit(child, 0, "the child's kill()");
    EXPECT_TRUE(sig_is_pending(SIGUSR1), "expected SIGUSR1 pending after the child's kill(); observed none");
    sigsuspend(&none);
    EXPECT_EQ(sig_info.si_signo, SIGUSR1, "si_signo");
    EXPECT_EQ(sig_info.si_code, SI_USER, "si_code (SI_USER = 0)");
    EXPECT_EQ(sig_info.si_pid, child, "si_pid");
    EXPECT_EQ(sig_info.si_uid, getuid(), "si_uid");
}
