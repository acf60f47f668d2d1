#include "pidfd.h"

PROBE(.claim     = "pidfd_send_signal() with PIDFD_SIGNAL_THREAD queues the signal for the "
                   "thread the pidfd names, not for the whole process",
      .reference = "pidfd_send_signal(2) \"PIDFD_SIGNAL_THREAD\"",
      .since     = "6.9",
      .how       = "A child with SIGUSR1 blocked is held; SIGUSR1 sent through its process "
                   "pidfd with PIDFD_SIGNAL_THREAD (e1fb1dc08e73 \"pidfd: allow to override "
                   "signal scope in pidfd_send_signal()\", 6.9; EINVAL before: SKIP) must show "
                   "in the thread's pending set (SigPnd of /proc/<pid>/status), not in the "
                   "process's shared one (ShdPnd), where a plain send puts it.");

PROBE_BODY
{
    struct pidfd_child child;
    sig_block(SIGUSR1); /* inherited by the child: it cannot die of the signal */
    pidfd_child_start(&child, 0);
    sig_unblock(SIGUSR1);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));

    EXPECT_OK(SINCE(pidfd_send_signal(fd, SIGUSR1, NULL, PIDFD_SIGNAL_THREAD), EINVAL));
    unsigned long long bit = 1ULL << (SIGUSR1 - 1);
    unsigned long long thread = pidfd_status_mask(child.pid, "SigPnd");
    unsigned long long shared = pidfd_status_mask(child.pid, "ShdPnd");
    EXPECT_TRUE((thread & bit) && !(shared & bit), "expected SIGUSR1 pending for the thread "
                "only; observed SigPnd %016llx, ShdPnd %016llx", thread, shared);
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");
}
