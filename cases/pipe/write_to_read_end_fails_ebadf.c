#include "pipe.h"

PROBE(.claim     = "pipe() gives fd[0] as the read end only: write() to fd[0] fails with EBADF",
      .reference = "pipe(2) \"DESCRIPTION\"",
      .seed      = "SEED-06",
      .kind      = "confirms",
      .how       = "pipe() must return 0; a one-byte write() to fd[0] must fail with EBADF "
                   "because the read end is open O_RDONLY.");

PROBE_BODY
{
    int fd[2];
    EXPECT_EQ(pipe(fd), 0, "pipe() return value");
    EXPECT_ERRNO(write(fd[0], "x", 1), EBADF);
}
