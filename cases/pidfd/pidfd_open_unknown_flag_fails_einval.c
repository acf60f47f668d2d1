#include "pidfd.h"

PROBE(.claim     = "pidfd_open() with a flag it does not define fails with EINVAL",
      .reference = "pidfd_open(2) \"ERRORS\"",
      .since     = "5.3",
      .how       = "pidfd_open(self, 0) must work (ENOSYS: the kernel predates 5.3, SKIP); "
                   "pidfd_open(self, O_APPEND), a bit no kernel defines for it, must then fail "
                   "with EINVAL (32fcb426ec00 \"pid: add pidfd_open()\").");

PROBE_BODY
{
    int fd = EXPECT_OK(SINCE(pidfd_open(getpid(), 0), 0));
    close(fd);

    EXPECT_ERRNO(pidfd_open(getpid(), O_APPEND), EINVAL);
}
