#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "F_SETPIPE_SZ grows a pipe's capacity: F_GETPIPE_SZ then reports at least the "
                   "size asked, and that many bytes fit",
      .reference = "fcntl(2) \"Changing the capacity of a pipe\"",
      .seed      = "SEED-12",
      .kind      = "corrects",
      .how       = "F_SETPIPE_SZ asks for 262144 bytes on the write end; both ends must then "
                   "report at least 262144 with F_GETPIPE_SZ, and filling must accept that many.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    long got = EXPECT_OK(fcntl(fd[1], F_SETPIPE_SZ, 262144));
    EXPECT_TRUE(got >= 262144, "F_SETPIPE_SZ return: expected >= 262144; observed %ld", got);
    EXPECT_EQ(EXPECT_OK(fcntl(fd[0], F_GETPIPE_SZ)), got, "F_GETPIPE_SZ of the read end");
    EXPECT_EQ(pipe_fill(fd[1]), got, "bytes the grown pipe accepts before EAGAIN");
}
