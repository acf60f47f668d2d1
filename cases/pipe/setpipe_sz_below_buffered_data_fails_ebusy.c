#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "F_SETPIPE_SZ below the amount of data buffered in the pipe fails with EBUSY",
      .reference = "fcntl(2) \"Changing the capacity of a pipe\"",
      .how       = "Two pages (8192 bytes) are buffered; shrinking the pipe to one page must fail "
                   "with EBUSY and leave F_GETPIPE_SZ unchanged.");

PROBE_BODY
{
    int fd[2];
    static char data[8192];
    SETUP(pipe(fd));
    long before = SETUP(fcntl(fd[1], F_GETPIPE_SZ));
    SETUP(write(fd[1], data, sizeof data));
    EXPECT_ERRNO(fcntl(fd[1], F_SETPIPE_SZ, 4096), EBUSY);
    EXPECT_EQ(EXPECT_OK(fcntl(fd[1], F_GETPIPE_SZ)), before, "F_GETPIPE_SZ after the refused shrink");
}
