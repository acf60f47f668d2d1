#include "signals.h"

PROBE(.claim     = "kill(0, sig) sends sig to every process in the caller's process group, and to no other",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-27",
      .kind      = "confirms",
      .how       = "A leader child makes a new process group and forks two members that wait for SIGUSR1; "
                   "the leader calls kill(0, SIGUSR1) and must get it too, both members must receive it, "
                   "and the test process (another group, SIGUSR1 blocked) must not.");

static int join_group(void *arg) { return setpgid(0, *(pid_t *)arg); }

static int leader(void *arg)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    if (setpgid(0, 0) != 0 || sigprocmask(SIG_BLOCK, &set, NULL) != 0)
        return 10;
    pid_t me = getpid();
    pid_t a = sig_spawn_receiver_with(SIGUSR1, join_group, &me);
    pid_t b = sig_spawn_receiver_with(SIGUSR1, join_group, &me);
    if (kill(0, SIGUSR1) != 0)
        return 11;
    int got_self = sig_wait(SIGUSR1, PROBE_BOUND_MS, NULL) == SIGUSR1;
    int sa = probe_reap(a, PROBE_BOUND_MS), sb = probe_reap(b, PROBE_BOUND_MS);
    if (!WIFEXITED(sa) || WEXITSTATUS(sa) != 0 || !WIFEXITED(sb) || WEXITSTATUS(sb) != 0)
        return 12;
    return got_self ? 0 : 13;
}

PROBE_BODY
{
    sig_block(SIGUSR1);
    pid_t child = probe_spawn(leader, NULL);

    expect_child_exit(child, 0, "the group leader (12 = a member missed SIGUSR1, 13 = the caller did)");
    EXPECT_TRUE(!sig_is_pending(SIGUSR1),
                "expected no SIGUSR1 outside the caller's group; observed it pending in the test process");
}
