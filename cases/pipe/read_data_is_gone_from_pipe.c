#include "pipe.h"
#include <sys/ioctl.h>

PROBE(.claim     = "Data read from a pipe is gone from it: a second read does not see it again",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-08",
      .kind      = "confirms",
      .how       = "\"ab\" is written and read back; a second non-blocking read must fail with "
                   "EAGAIN (nothing left) rather than return \"ab\" again.");

PROBE_BODY
{
    int fd[2];
    char buf[4];
    SETUP(pipe(fd));
    SETUP(write(fd[1], "ab", 2));
    EXPECT_EQ(EXPECT_OK(read(fd[0], buf, sizeof buf)), 2, "bytes of the first read");
    pipe_set_nonblock(fd[0], 1);
    EXPECT_ERRNO(read(fd[0], buf, sizeof buf), EAGAIN);
}
