#include "pidfd.h"
#include <sys/wait.h>

PROBE(.claim     = "ioctl(PIDFD_GET_INFO) with PIDFD_INFO_EXIT still answers after the process "
                   "was reaped, with its wait status",
      .reference = "ioctl(2) on a pidfd of pidfd_open(2); include/uapi/linux/pidfd.h "
                   "\"PIDFD_INFO_EXIT\" (no man page of its own yet)",
      .since     = "6.15",
      .how       = "A child exits with 7 and is reaped; PIDFD_GET_INFO asking PIDFD_INFO_EXIT on "
                   "its still-open pidfd must set PIDFD_INFO_EXIT in mask with exit_code the "
                   "wait status (7 << 8) (7477d7dce48a \"pidfs: allow to retrieve exit "
                   "information\", 6.15). ENOTTY or EINVAL (no PIDFD_GET_INFO, before 6.13) or "
                   "ESRCH (no exit information kept, 6.13 and 6.14): SKIP.");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 7);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 7, "the child");

    struct pidfd_info64 info;
    int r = pidfd_get_info(fd, PIDFD_INFO_EXIT, &info);
    if (r == -1 && errno == ESRCH)
        probe_skip_absent("PIDFD_GET_INFO answered ESRCH for the reaped process (no exit "
                          "information kept)");
    /* ENOSYS: no kernel answers an ioctl so, but qemu-user 7.2 does for one it does not know */
    if (r == -1 && (errno == ENOTTY || errno == EINVAL || errno == ENOSYS))
        probe_skip_absent("ioctl(PIDFD_GET_INFO) failed with %s", errno_name(errno));
    EXPECT_OK(r);
    EXPECT_TRUE(info.mask & PIDFD_INFO_EXIT, "expected PIDFD_INFO_EXIT in mask; observed mask "
                "%#llx", (unsigned long long)info.mask);
    EXPECT_EQ(info.exit_code, 7 << 8, "exit_code (the wait status of exit(7))");
}
