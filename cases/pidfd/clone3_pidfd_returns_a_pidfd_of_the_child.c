#include "pidfd.h"

PROBE(.claim     = "clone3() with CLONE_PIDFD stores at args.pidfd a pidfd that refers to the "
                   "new child",
      .reference = "clone(2) \"clone3()\", \"CLONE_PIDFD\"",
      .since     = "5.3",
      .how       = "clone3() (7f192e3cd316 \"fork: add clone3\", 5.3; no glibc wrapper, so "
                   "syscall(); ENOSYS: SKIP) with CLONE_PIDFD and exit_signal SIGCHLD starts a "
                   "child that waits to be released; the descriptor stored at args.pidfd must "
                   "kill it through pidfd_send_signal(SIGKILL).");

PROBE_BODY
{
    struct sig_gate gate;
    sig_gate_open(&gate);
    int pidfd = -1;
    struct clone_args args = { .flags = CLONE_PIDFD, .pidfd = (uintptr_t)&pidfd,
                               .exit_signal = SIGCHLD };
    pid_t child = (pid_t)EXPECT_OK(SINCE(pidfd_clone3(&args), 0));
    if (child == 0) {
        sig_gate_wait(&gate, PROBE_BOUND_MS);
        _exit(0);
    }

    EXPECT_OK(pidfd_send_signal(pidfd, SIGKILL, NULL, 0));
    expect_child_killed_by(child, SIGKILL, "the child, signalled through its clone3 pidfd");
}
