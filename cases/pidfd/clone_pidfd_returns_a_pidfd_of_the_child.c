#include "pidfd.h"
#include <sched.h>

PROBE(.claim     = "clone() with CLONE_PIDFD stores in parent_tid a pidfd that refers to the "
                   "new child",
      .reference = "clone(2) \"CLONE_PIDFD\"",
      .since     = "5.2",
      .how       = "glibc's clone() with CLONE_PIDFD | SIGCHLD starts a child that waits to be "
                   "released; the descriptor stored in parent_tid must be a pidfd of that "
                   "child: pidfd_send_signal(SIGKILL) through it must kill it (b3e583825266 "
                   "\"clone: add CLONE_PIDFD\", 5.2). A kernel before 5.2 ignores the unknown "
                   "bit and stores nothing, an emulator may refuse it with EINVAL: SKIP.");

static struct sig_gate gate;
static char stack[64 * 1024] __attribute__((aligned(16)));

static int held(void *arg)
{
    sig_gate_wait(&gate, PROBE_BOUND_MS);
    _exit(0);
}

PROBE_BODY
{
    sig_gate_open(&gate);
    int pidfd = -1;
    pid_t child = (pid_t)EXPECT_OK(SINCE(clone(held, stack + sizeof stack,
                                               CLONE_PIDFD | SIGCHLD, NULL, &pidfd), EINVAL));
    if (pidfd == -1) {
        expect_child_exit(child, 0, "the child");
        probe_skip_absent("clone() created the child but stored no pidfd for CLONE_PIDFD");
    }

    EXPECT_OK(pidfd_send_signal(pidfd, SIGKILL, NULL, 0));
    expect_child_killed_by(child, SIGKILL, "the child, signalled through its CLONE_PIDFD pidfd");
}
