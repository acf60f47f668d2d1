#include "pidfd.h"

PROBE(.claim     = "pidfd_open() returns a descriptor for the process with close-on-exec set",
      .reference = "pidfd_open(2) \"DESCRIPTION\"",
      .since     = "5.3",
      .how       = "pidfd_open() of a live child (32fcb426ec00 \"pid: add pidfd_open()\", 5.3) "
                   "must give a descriptor whose FD_CLOEXEC flag is set, as the man page says; "
                   "ENOSYS means the kernel predates it (SKIP).");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));

    EXPECT_EQ(fd_cloexec(fd), 1, "FD_CLOEXEC on the pidfd (1 = set)");
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");
}
