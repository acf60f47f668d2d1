#include "pidfd.h"

PROBE(.claim     = "ioctl(PIDFD_GET_INFO) on a pidfd reports the process's pid, parent pid "
                   "and credentials",
      .reference = "include/uapi/linux/pidfd.h \"struct pidfd_info\" (no man page yet)",
      .since     = "6.13",
      .how       = "PIDFD_GET_INFO (cdda1f26e74b \"pidfd: add ioctl to retrieve pid info\", "
                   "6.13; ENOTTY before: SKIP) on a held child's pidfd must set PIDFD_INFO_PID "
                   "and PIDFD_INFO_CREDS in mask (always returned) and report pid = the child, "
                   "ppid = the test, ruid = the test's uid.");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));
    struct pidfd_info_v1 info;

    EXPECT_OK(SINCE(pidfd_get_info(fd, 0, &info), ENOTTY));
    EXPECT_EQ(info.mask & (PIDFD_INFO_PID | PIDFD_INFO_CREDS), PIDFD_INFO_PID | PIDFD_INFO_CREDS,
              "mask & (PIDFD_INFO_PID | PIDFD_INFO_CREDS)");
    EXPECT_EQ(info.pid, child.pid, "pid");
    EXPECT_EQ(info.ppid, getpid(), "ppid");
    EXPECT_EQ(info.ruid, getuid(), "ruid");
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");
}
