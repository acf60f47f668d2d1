#include "signals.h"
#include <sched.h>

PROBE(.claim     = "kill(-1, sig) sends sig to every process the caller may signal except process 1 (init) "
                   "and the caller itself",
      .reference = "kill(2) \"DESCRIPTION\"",
      .seed      = "SEED-28",
      .kind      = "corrects",
      .how       = "In a PID namespace of its own (made here, so kill(-1) can never reach the host), "
                   "init (pid 1) blocks SIGUSR1 and forks a receiver and a sender; the sender calls "
                   "kill(-1, SIGUSR1). The receiver must get it; neither init nor the sender may have "
                   "it pending. Needs root or an unprivileged user namespace.");

enum { OK, NO_NS = 77, NOT_INIT = 20, KILL_FAILED, SELF_HIT, RECEIVER_MISSED, INIT_HIT };

static int sender(void *arg)
{
    if (getppid() != 1)   /* guard: never kill(-1) outside our own namespace */
        return NOT_INIT;
    if (kill(-1, SIGUSR1) != 0)
        return KILL_FAILED;
    return sig_is_pending(SIGUSR1) ? SELF_HIT : OK;
}

static int init(void *arg)
{
    if (getpid() != 1)
        return NOT_INIT;
    sig_block(SIGUSR1); /* blocked, so a signal sent to init would stay pending */
    pid_t receiver = sig_spawn_receiver(SIGUSR1);
    int s = probe_reap(probe_spawn(sender, NULL), PROBE_BOUND_MS);
    if (!WIFEXITED(s) || WEXITSTATUS(s) != OK)
        return WIFEXITED(s) ? WEXITSTATUS(s) : KILL_FAILED;
    int r = probe_reap(receiver, PROBE_BOUND_MS);
    if (!WIFEXITED(r) || WEXITSTATUS(r) != 0)
        return RECEIVER_MISSED;
    return sig_is_pending(SIGUSR1) ? INIT_HIT : OK;
}

static int make_namespace(void *arg)
{
    if (unshare(CLONE_NEWPID) != 0 &&
        (geteuid() == 0 || unshare(CLONE_NEWUSER | CLONE_NEWPID) != 0))
        return NO_NS;
    int s = probe_reap(probe_spawn(init, NULL), PROBE_BOUND_MS);
    return WIFEXITED(s) ? WEXITSTATUS(s) : KILL_FAILED;
}

PROBE_BODY
{
    int status = probe_reap(probe_spawn(make_namespace, NULL), PROBE_BOUND_MS);
    if (WIFEXITED(status) && WEXITSTATUS(status) == NO_NS)
        probe_skip("needs a private PID namespace (unshare(CLONE_NEWPID) refused, also with a "
                   "user namespace)");
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == OK,
                "expected kill(-1) to reach the other process only; observed %s (%d = the "
                "sender was hit, %d = the receiver missed it, %d = init was hit, %d = kill failed)",
                describe_status(status), SELF_HIT, RECEIVER_MISSED, INIT_HIT, KILL_FAILED);
}
