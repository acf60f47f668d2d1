#include "pipe.h"

PROBE(.claim     = "Positional I/O is refused on a pipe: pread() and pwrite() fail with ESPIPE",
      .reference = "pread(2) \"ERRORS\"",
      .how       = "With data buffered, pread(fd[0], buf, 3, 0) and pwrite(fd[1], \"x\", 1, 0) "
                   "must fail with ESPIPE and leave the data in the pipe.");

PROBE_BODY
{
    int fd[2];
    char buf[3];
    SETUP(pipe(fd));
    SETUP(write(fd[1], "abc", 3));
    EXPECT_ERRNO(pread(fd[0], buf, sizeof buf, 0), ESPIPE);
    EXPECT_ERRNO(pwrite(fd[1], "x", 1, 0), ESPIPE);
}
