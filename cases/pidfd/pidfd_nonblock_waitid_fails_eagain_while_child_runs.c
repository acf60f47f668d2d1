#include "pidfd.h"
#include <sys/wait.h>

PROBE(.claim     = "waitid(P_PIDFD) on a PIDFD_NONBLOCK pidfd of a running child fails at "
                   "once with EAGAIN",
      .reference = "pidfd_open(2) \"PIDFD_NONBLOCK\"; waitid(2)",
      .since     = "5.10",
      .how       = "pidfd_open(child, PIDFD_NONBLOCK) (EINVAL: the kernel predates 5.10, SKIP; "
                   "commit 4da9af0014b5 \"Merge tag 'threads-v5.10'\": \"pidfd: support "
                   "PIDFD_NONBLOCK in pidfd_open()\", \"exit: support non-blocking pidfds\"). "
                   "waitid(P_PIDFD, WEXITED) must fail with EAGAIN while the held child runs "
                   "(a blocking waitid would return only when the child ends at the bound).");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, PIDFD_NONBLOCK), EINVAL));

    siginfo_t info;
    EXPECT_ERRNO(waitid(P_PIDFD, fd, &info, WEXITED), EAGAIN);
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");
}
