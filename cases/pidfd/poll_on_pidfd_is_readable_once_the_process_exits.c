#include "pidfd.h"

PROBE(.claim     = "A pidfd is not readable while its process runs and becomes readable "
                   "(POLLIN) when the process exits",
      .reference = "pidfd_open(2) \"Use cases for PID file descriptors\"",
      .since     = "5.3",
      .how       = "poll() on the pidfd of a held child must say not readable; once the child "
                   "is released to exit, poll() must report POLLIN within the bound, before "
                   "anyone reaps it (b53b0b9d9a61 \"pidfd: add polling support\", 5.3).");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));

    EXPECT_EQ(pidfd_readable(fd, 0), 0, "POLLIN on the pidfd of a running process");
    pidfd_child_release(&child);
    EXPECT_EQ(pidfd_readable(fd, PROBE_BOUND_MS), 1,
              "POLLIN on the pidfd after the process exited");
    expect_child_exit(child.pid, 0, "the child");
}
