#include "signals.h"

PROBE(.claim     = "SIGCHLD for an exited child carries si_code CLD_EXITED, the child's pid and its exit status",
      .reference = "sigaction(2) \"The siginfo_t argument to a SA_SIGINFO handler\"",
      .seed      = "SEED-37",
      .kind      = "confirms",
      .how       = "With an SA_SIGINFO handler for SIGCHLD (blocked until sigsuspend), a child that "
                   "exits 7 must produce si_code CLD_EXITED, si_pid = the child, si_status 7. (The child is reaped first, within the bound; Linux keeps the SIGCHLD pending after the reap.)");

static int seven(void *arg) { return 7; }

PROBE_BODY
{
    sigset_t none;
    sigemptyset(&none);
    sig_catch(SIGCHLD, SA_SIGINFO);
    sig_block(SIGCHLD);
    pid_t child = probe_spawn(seven, NULL);

    expect_child_exit(child, 7, "the child");
    EXPECT_TRUE(sig_is_pending(SIGCHLD), "expected SIGCHLD pending after the child exited; observed none");
    sigsuspend(&none);
    EXPECT_EQ(sig_info.si_code, CLD_EXITED, "si_code (CLD_EXITED = 1)");
    EXPECT_EQ(sig_info.si_pid, child, "si_pid");
    EXPECT_EQ(sig_info.si_status, 7, "si_status");
}
