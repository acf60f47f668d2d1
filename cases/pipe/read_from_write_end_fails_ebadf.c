#include "pipe.h"

PROBE(.claim     = "pipe() gives fd[1] as the write end only: read() from fd[1] fails with EBADF",
      .reference = "pipe(2) \"DESCRIPTION\"",
      .seed      = "SEED-06",
      .kind      = "confirms",
      .how       = "With one byte buffered (so a read could succeed), read() from fd[1] must fail "
                   "with EBADF because the write end is open O_WRONLY.");

PROBE_BODY
{
    int fd[2];
    char c;
    SETUP(pipe(fd));
    SETUP(write(fd[1], "x", 1));
    EXPECT_ERRNO(read(fd[1], &c, 1), EBADF);
}
