#include "pidfd.h"

PROBE(.claim     = "close_range() with CLOSE_RANGE_CLOEXEC leaves the descriptors open with "
                   "close-on-exec set, so the next exec closes them",
      .reference = "close_range(2) \"CLOSE_RANGE_CLOEXEC\"",
      .since     = "5.11",
      .how       = "Descriptors 100 to 102 are made with dup2() (no FD_CLOEXEC); "
                   "close_range(100, 102, CLOSE_RANGE_CLOEXEC) (582f1fb6b721 \"fs, close_range: "
                   "add flag CLOSE_RANGE_CLOEXEC\", 5.11; EINVAL before: SKIP) must leave all "
                   "three open with FD_CLOEXEC set; a child that then execs the helper "
                   "pipe_fds_closed must find all three closed (exit 0).");

static int exec_checker(void *helper)
{
    execl(helper, "pipe_fds_closed", "100", "101", "102", (char *)NULL);
    return 3;
}

PROBE_BODY
{
    int p[2];
    SETUP(pipe(p));
    for (int fd = 100; fd <= 102; fd++)
        SETUP(dup2(p[0], fd));

    EXPECT_OK(SINCE(close_range(100, 102, CLOSE_RANGE_CLOEXEC), EINVAL));
    for (int fd = 100; fd <= 102; fd++) {
        int flag = fd_cloexec(fd);
        EXPECT_TRUE(flag == 1, "expected descriptor %d open with FD_CLOEXEC; observed %s", fd,
                    flag == -1 ? "it closed" : "no FD_CLOEXEC");
    }
    expect_child_exit(probe_spawn(exec_checker, (void *)probe_helper("pipe_fds_closed")), 0,
                      "the exec'd checker (0 = 100-102 closed by exec, 1 = one survived)");
}
