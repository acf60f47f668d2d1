#include "pidfd.h"

PROBE(.claim     = "pidfd_open() of a pid that names no process fails with ESRCH",
      .reference = "pidfd_open(2) \"ERRORS\"",
      .since     = "5.3",
      .how       = "A child exits and is reaped, so its pid names no process; pidfd_open() of "
                   "it must fail with ESRCH (ENOSYS: the kernel predates 5.3, SKIP). "
                   "32fcb426ec00 \"pid: add pidfd_open()\".");

static int quit(void *arg) { return 0; }

PROBE_BODY
{
    int self = EXPECT_OK(SINCE(pidfd_open(getpid(), 0), 0));
    close(self);
    pid_t child = probe_spawn(quit, NULL);
    expect_child_exit(child, 0, "the child");

    EXPECT_ERRNO(pidfd_open(child, 0), ESRCH);
}
