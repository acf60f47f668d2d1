#include "pidfd.h"
#include <stdio.h>

PROBE(.claim     = "pidfd_send_signal() to a process that has been reaped fails with ESRCH, "
                   "even though its descriptor stays open",
      .reference = "pidfd_send_signal(2) \"ERRORS\"",
      .since     = "5.1",
      .how       = "The test opens /proc/<child> while the child lives, lets it exit and reaps "
                   "it; pidfd_send_signal(SIGTERM) through the still-open descriptor must fail "
                   "with ESRCH, not signal whatever reuses the pid (3eb39f47934f \"signal: add "
                   "pidfd_send_signal() syscall\"). ENOSYS: SKIP.");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    char dir[64];
    snprintf(dir, sizeof dir, "/proc/%d", (int)child.pid);
    int fd = SETUP(open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    EXPECT_OK(SINCE(pidfd_send_signal(fd, 0, NULL, 0), 0));
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");

    EXPECT_ERRNO(pidfd_send_signal(fd, SIGTERM, NULL, 0), ESRCH);
}
