#include "pidfd.h"

PROBE(.claim     = "close_range(first, last, 0) closes every open descriptor from first to "
                   "last inclusive and none outside",
      .reference = "close_range(2) \"DESCRIPTION\"",
      .since     = "5.9",
      .how       = "Descriptors 100 to 104 are made with dup2(); close_range(101, 103, 0) "
                   "(278a5fbaed89 \"open: add close_range()\", 5.9; ENOSYS: SKIP) must leave "
                   "101, 102 and 103 closed (fcntl F_GETFD: EBADF) and 100 and 104 open.");

PROBE_BODY
{
    int p[2];
    SETUP(pipe(p));
    for (int fd = 100; fd <= 104; fd++)
        SETUP(dup2(p[0], fd));

    EXPECT_OK(SINCE(close_range(101, 103, 0), 0));
    for (int fd = 100; fd <= 104; fd++) {
        int open = fcntl(fd, F_GETFD) != -1;
        EXPECT_TRUE(open == (fd == 100 || fd == 104), "expected descriptor %d %s; observed it "
                    "%s", fd, fd == 100 || fd == 104 ? "open" : "closed",
                    open ? "open" : "closed");
    }
}
