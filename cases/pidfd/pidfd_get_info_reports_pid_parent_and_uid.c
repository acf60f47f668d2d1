#include "pidfd.h"

PROBE(.claim     = "ioctl(PIDFD_GET_INFO) on a pidfd reports the process's pid, parent pid "
                   "and credentials",
      .reference = "ioctl(2) on a pidfd of pidfd_open(2); include/uapi/linux/pidfd.h "
                   "\"struct pidfd_info\" (no man page of its own yet)",
      .since     = "6.13",
      .how       = "PIDFD_GET_INFO (cdda1f26e74b \"pidfd: add ioctl to retrieve pid info\", "
                   "6.13; before it ENOTTY, or EINVAL on 6.11 and 6.12: SKIP) on a held child's pidfd must set PIDFD_INFO_PID "
                   "and PIDFD_INFO_CREDS in mask (always returned) and report pid = the child, "
                   "ppid = the test, ruid = the test's uid.");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));
    struct pidfd_info64 info;

    int r = pidfd_get_info(fd, 0, &info);
    /* ENOSYS: no kernel answers an ioctl so, but qemu-user 7.2 does for one it does not know */
    if (r == -1 && (errno == ENOTTY || errno == EINVAL || errno == ENOSYS))
        probe_skip_absent("ioctl(PIDFD_GET_INFO) failed with %s", errno_name(errno));
    EXPECT_OK(r);
    EXPECT_EQ(info.mask & (PIDFD_INFO_PID | PIDFD_INFO_CREDS), PIDFD_INFO_PID | PIDFD_INFO_CREDS,
              "mask & (PIDFD_INFO_PID | PIDFD_INFO_CREDS)");
    EXPECT_EQ(info.pid, child.pid, "pid");
    EXPECT_EQ(info.ppid, getpid(), "ppid");
    EXPECT_EQ(info.ruid, getuid(), "ruid");
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");
}
