#include "pipe.h"

PROBE(.claim     = "A pipe cannot seek: lseek() on either end fails with ESPIPE",
      .reference = "lseek(2) \"ERRORS\"; pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "With data buffered, lseek(fd, 0, SEEK_SET) on the read end and "
                   "lseek(fd, 0, SEEK_CUR) on the write end must fail with ESPIPE.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    SETUP(write(fd[1], "abc", 3));
    EXPECT_ERRNO(lseek(fd[0], 0, SEEK_SET), ESPIPE);
    EXPECT_ERRNO(lseek(fd[1], 0, SEEK_CUR), ESPIPE);
}
