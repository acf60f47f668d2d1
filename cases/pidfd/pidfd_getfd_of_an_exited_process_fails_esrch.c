#include "pidfd.h"

PROBE(.claim     = "pidfd_getfd() on a process that has exited (a zombie, not yet reaped) fails "
                   "with ESRCH",
      .reference = "pidfd_getfd(2) \"ERRORS\"",
      .since     = "6.9",
      .how       = "A child exits; once its pidfd is readable it is a zombie whose descriptor "
                   "table is gone. pidfd_getfd(pidfd, 0) must fail with ESRCH (0c9bd6bc4bb2 "
                   "\"pidfd: getfd should always report ESRCH if a task is exiting\", 6.9); "
                   "earlier kernels answer EBADF: SKIP. EPERM (ptrace access refused): SKIP "
                   "naming the policy.");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));
    pidfd_child_release(&child);
    EXPECT_TRUE(pidfd_readable(fd, PROBE_BOUND_MS),
                "expected the child to end within the bound; observed it still running");

    int got = SINCE(pidfd_getfd(fd, 0, 0), 0);
    if (got == -1 && errno == EPERM)
        probe_skip("pidfd_getfd refused with EPERM: ptrace access to a child is denied "
                   "(Yama ptrace_scope 2 or 3, seccomp, or an LSM policy)");
    if (got == -1 && errno == EBADF)
        probe_skip_absent("pidfd_getfd on the exited child failed with EBADF");
    EXPECT_TRUE(got == -1 && errno == ESRCH, "expected pidfd_getfd on the exited child to fail "
                "with ESRCH; observed %s", got >= 0 ? "a descriptor" : errno_name(errno));
    expect_child_exit(child.pid, 0, "the child");
}
