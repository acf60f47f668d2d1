#include "pidfd.h"
#include <sys/wait.h>

PROBE(.claim     = "waitid(P_PIDFD, pidfd) waits for and reaps the child the pidfd refers to, "
                   "reporting its pid and exit status",
      .reference = "waitid(2) \"P_PIDFD\"; pidfd_open(2) \"Use cases for PID file descriptors\"",
      .since     = "5.4",
      .how       = "A child is released to exit with 7; waitid(P_PIDFD, its pidfd, WEXITED) "
                   "must report si_pid = the child, CLD_EXITED and si_status 7 (3695eae5fee0 "
                   "\"pidfd: add P_PIDFD to waitid()\", 5.4). EINVAL for the idtype: the kernel "
                   "predates it (SKIP).");

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 7);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));
    pidfd_child_release(&child);
    EXPECT_TRUE(pidfd_readable(fd, PROBE_BOUND_MS),
                "expected the child to end within the bound; observed it still running");

    siginfo_t info = { 0 };
    EXPECT_OK(SINCE(waitid(P_PIDFD, fd, &info, WEXITED), EINVAL));
    EXPECT_EQ(info.si_pid, child.pid, "si_pid");
    EXPECT_EQ(info.si_code, CLD_EXITED, "si_code (1 = CLD_EXITED)");
    EXPECT_EQ(info.si_status, 7, "si_status (the exit code)");
}
